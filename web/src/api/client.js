// The one module that knows the Consortia HTTP API v1: every route, the error
// shape {"error": {"code", "message", "field", ...}} and the write token.
// Pages and components call these functions and never build a URL themselves,
// so an API change is a one-file edit here.
//
// Contract
// - Every function returns a Promise of the parsed answer (JSON, or text for
//   the application draft) or rejects with an ApiError.
// - Reads send no token, except that an expert's record is asked for with the
//   token when one is already stored (the server shows contacts only then);
//   no read ever prompts for it. Writes (write: true) take the token from
//   session storage; when there is none, the registered token prompt asks the
//   user once (setTokenPrompt). A 401 forgets the stored token, so the next
//   write asks again; a 403 means writes are off on this server.
// - The token lives in sessionStorage only: never in a URL, never in localStorage.

const TOKEN_KEY = 'consortia.token';
let tokenPrompt = null;
const observers = new Set();

/** An API failure: HTTP status, the server's error code, message and field. */
export class ApiError extends Error {
  constructor({ status = 0, code = 'unknown', message = '', field = '', details = {} }) {
    super(message || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field || '';
    // Everything else the server put in "error" (violations, role, eligible,
    // required, relaxation, ...).
    this.details = details;
  }
}

export const token = {
  get() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
  },
  set(value) {
    try { sessionStorage.setItem(TOKEN_KEY, value); } catch { /* private mode */ }
    notify({ type: 'token' });
  },
  clear() {
    try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* private mode */ }
    notify({ type: 'token' });
  },
};

/** fn(reason) -> Promise<string|null>: asks the user for the write token. */
export function setTokenPrompt(fn) { tokenPrompt = fn; }

/** Observers see every finished request: {type:'request', method, path, status, ms}. */
export function observe(fn) { observers.add(fn); return () => observers.delete(fn); }
function notify(event) { for (const fn of observers) { try { fn(event); } catch { /* ignore */ } } }

function queryString(query) {
  if (!query) return '';
  const parts = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    const v = Array.isArray(value) ? value.join(',') : String(value);
    if (v === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

async function writeToken(reason) {
  let value = token.get();
  if (value) return value;
  if (!tokenPrompt) throw new ApiError({ code: 'token_missing' });
  value = await tokenPrompt(reason);
  if (!value) throw new ApiError({ code: 'token_missing' });
  token.set(value);
  return value;
}

async function request(method, path, { query, body, write = false, text = false, tokenIfSet = false } = {}) {
  const headers = { Accept: text ? 'text/*' : 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (write) headers.Authorization = `Bearer ${await writeToken('write')}`;
  else if (tokenIfSet && token.get()) headers.Authorization = `Bearer ${token.get()}`;
  const url = `${path}${queryString(query)}`;
  const started = performance.now();
  let res;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    notify({ type: 'request', method, path, status: 0, ms: performance.now() - started });
    throw new ApiError({ code: 'network', message: String(e && e.message || e) });
  }
  const raw = await res.text();
  notify({ type: 'request', method, path, status: res.status, ms: performance.now() - started });
  if (res.ok) {
    if (text) return raw;
    return raw ? JSON.parse(raw) : null;
  }
  let err = {};
  try { err = (JSON.parse(raw) || {}).error || {}; } catch { err = { message: raw.slice(0, 300) }; }
  const { code, message, field, ...details } = err;
  const apiError = new ApiError({
    status: res.status,
    code: code || `http_${res.status}`,
    message: message || '',
    field: field || '',
    details,
  });
  if (res.status === 401 && write) token.clear();
  throw apiError;
}

// ---- catalogue (reads) -------------------------------------------------------
export const health = () => request('GET', '/v1/health');
export const taxonomy = () => request('GET', '/v1/taxonomy');
export const rules = () => request('GET', '/v1/rules');

/** {kind, leading, industry, district, zone, park, text, limit, offset} -> {items, total} */
export const listOrganizations = (query) => request('GET', '/v1/organizations', { query });
/** {title, industry, field, affiliation_id, text, limit, offset} -> {items, total} */
export const listExperts = (query) => request('GET', '/v1/experts', { query });
export const getOrganization = (id) => request('GET', `/v1/organizations/${encodeURIComponent(id)}`);
/** An expert; with the stored token (if any) the answer includes contacts. */
export const getExpert = (id) => request('GET', `/v1/experts/${encodeURIComponent(id)}`, { tokenIfSet: true });

/** {text, like, kinds, filters: {leading, industries, districts, regions, titles}, k} */
export const search = (body) => request('POST', '/v1/search', { body });

// ---- matchmaking ------------------------------------------------------------
/** {type, lead_id, industry | region, problem, pin, exclude, k} -> {candidates, proposals} */
export const suggestConsortium = (body) => request('POST', '/v1/consortia/suggest', { body });
/** {type, industry | region, members: [{id, role}], applicant_id} -> {valid, violations, warnings?} */
export const validateConsortium = (body) => request('POST', '/v1/consortia/validate', { body });
/** {industry, problem, fields, members, size, leader_titles, pin, exclude, k, commitments} -> {teams} */
export const suggestTeams = (body) => request('POST', '/v1/teams/suggest', { body });

// ---- registry and programme ----------------------------------------------------
/** {status, type, year} -> {consortia, total} */
export const listConsortia = (query) => request('GET', '/v1/consortia', { query });
export const getConsortium = (id) => request('GET', `/v1/consortia/${encodeURIComponent(id)}`);
export const consortiumHistory = (id) => request('GET', `/v1/consortia/${encodeURIComponent(id)}/history`);
export const createConsortium = (body) => request('POST', '/v1/consortia', { body, write: true });

/** Changes only the fields given (status changes too); audited by the server. */
export const updateConsortium = (id, patch) =>
  request('PATCH', `/v1/consortia/${encodeURIComponent(id)}`, { body: patch, write: true });

/** {year, passed, notes}; a fail cancels the consortium and frees its slot. */
export const assessConsortium = (id, body) =>
  request('POST', `/v1/consortia/${encodeURIComponent(id)}/assessments`, { body, write: true });

/** format: 'html' | 'md' -> the draft as text. */
export const applicationDraft = (id, format = 'html') =>
  request('GET', `/v1/consortia/${encodeURIComponent(id)}/application`, { query: { format }, text: true });
/** The draft's address, for a download link the browser follows itself. */
export const applicationUrl = (id, format = 'html') =>
  `/v1/consortia/${encodeURIComponent(id)}/application${queryString({ format })}`;

export const programme = () => request('GET', '/v1/programme');
/** {mode: 'plan' | 'replan', candidates, registered, year, time_limit_ms} */
export const plan = (body = {}) => request('POST', '/v1/plan', { body });
