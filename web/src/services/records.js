// Names of organisations and experts by id, fetched once and cached, for the
// places where the API gives only ids (ties, affiliations, backups).
import { reactive } from 'vue';
import * as api from '../api/client.js';

const cache = reactive({ org: {}, expert: {} });
const pending = { org: new Map(), expert: new Map() };

function load(kind, id) {
  if (!id) return Promise.resolve(null);
  if (cache[kind][id]) return Promise.resolve(cache[kind][id]);
  if (pending[kind].has(id)) return pending[kind].get(id);
  const p = (kind === 'org' ? api.getOrganization(id) : api.getExpert(id))
    .then((r) => { cache[kind][id] = r; return r; })
    .catch(() => null)
    .finally(() => pending[kind].delete(id));
  pending[kind].set(id, p);
  return p;
}

export const loadOrganization = (id) => load('org', id);
export const loadExpert = (id) => load('expert', id);

/** Loads many ids, at most `parallel` requests at a time. */
export async function loadMany(kind, ids, parallel = 6) {
  const todo = [...new Set(ids.filter((id) => id && !cache[kind][id]))];
  let next = 0;
  const worker = async () => {
    while (next < todo.length) { const id = todo[next++]; await load(kind, id); }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, todo.length) }, worker));
  return ids.map((id) => cache[kind][id] || null);
}

/** Remembers records the API already gave in full (saves a request later). */
export function remember(kind, record) {
  if (record && record.id && !cache[kind][record.id]) cache[kind][record.id] = record;
}

export const orgRecord = (id) => cache.org[id] || null;
export const expertRecord = (id) => cache.expert[id] || null;
export const orgName = (id) => (cache.org[id] ? cache.org[id].name : '');
export const expertName = (id) => (cache.expert[id] ? cache.expert[id].name : '');
