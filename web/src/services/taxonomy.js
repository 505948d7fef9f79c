// The vocabularies (GET /v1/taxonomy) and the programme rules (GET /v1/rules),
// loaded once and shared; name lookups for codes in the current locale.
import { reactive } from 'vue';
import * as api from '../api/client.js';
import { nameOf, t, has } from '../i18n/index.js';

export const vocab = reactive({
  loaded: false,
  error: null,
  industries: [],
  regions: [],
  districts: [],
  fields: [],
  subfields: [],
  capabilities: [],
  rules: null,
});

let loading = null;

export function loadVocab() {
  if (!loading) {
    loading = Promise.all([api.taxonomy(), api.rules()])
      .then(([tax, rules]) => {
        Object.assign(vocab, {
          industries: tax.industries || [],
          regions: tax.regions || [],
          districts: tax.districts || [],
          fields: tax.fields || [],
          subfields: tax.subfields || [],
          capabilities: tax.capabilities || [],
          rules,
          loaded: true,
          error: null,
        });
        return vocab;
      })
      .catch((e) => { vocab.error = e; loading = null; throw e; });
  }
  return loading;
}

function find(list, code) { return list.find((x) => x.code === code); }

export const industryName = (code) => nameOf(find(vocab.industries, code)) || code;
export const regionName = (code) => nameOf(find(vocab.regions, code)) || code;
export const districtName = (code) => nameOf(find(vocab.districts, code)) || code;
export const fieldName = (code) => nameOf(find(vocab.fields, code)) || code;
export const subfieldName = (code) => nameOf(find(vocab.subfields, code)) || code;
export const capabilityName = (code) => nameOf(find(vocab.capabilities, code)) || code;
/** An industry or a region code, whichever it is. */
export const targetName = (code) =>
  (find(vocab.industries, code) ? industryName(code) : regionName(code));

export function roleName(role) {
  if (has(`roles.${role}`)) return t(`roles.${role}`);
  const rule = vocab.rules && vocab.rules.roles && vocab.rules.roles[role];
  return (rule && rule.name) || role;
}
export const kindName = (kind) => (has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind);
export const titleName = (title) => (has(`titles.${title}`) ? t(`titles.${title}`) : title);
export const tieKindName = (kind) => (has(`ties.${kind}`) ? t(`ties.${kind}`) : kind);
export const statusName = (s) => (has(`status.${s}`) ? t(`status.${s}`) : s);
export const typeName = (type) => (has(`types.${type}`) ? t(`types.${type}`) : type);

/** The roles of a consortium type in the rules' order, with their minimums. */
export function rolesOf(type) {
  const rules = vocab.rules;
  if (!rules || !rules.consortium_types || !rules.consortium_types[type]) return [];
  return Object.entries(rules.consortium_types[type].roles).map(([role, r]) => ({
    role, min: r.min || 0, max: r.max,
  }));
}

export function slotCount(type) {
  const ct = vocab.rules && vocab.rules.consortium_types && vocab.rules.consortium_types[type];
  return ct ? ct.slots : 0;
}

export const teamMinSize = () => (vocab.rules && vocab.rules.team && vocab.rules.team.min_size) || 15;
export const leaderTitles = () =>
  (vocab.rules && vocab.rules.team && vocab.rules.team.leader_titles) || ['academician', 'renowned'];

export const zones = () => vocab.regions.filter((r) => r.kind === 'zone');
export const parks = () => vocab.regions.filter((r) => r.kind === 'park');
export const actionName = (a) => (has(`consortium.actions.${a}`) ? t(`consortium.actions.${a}`) : a);
