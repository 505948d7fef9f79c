// The consortium being edited: a member list [{id, role, name}] plus the
// applicant, built from a suggestion's proposal and changed by swaps, pins and
// exclusions. Pure functions: the page keeps the state, these compute it.
import { t, has } from '../i18n/index.js';

export function draftFromProposal(proposal) {
  return {
    members: (proposal.members || []).map((m) => ({ id: m.id, role: m.role, name: m.name })),
    applicant_id: proposal.applicant_id || null,
    score: proposal.score,
    rank: proposal.rank,
  };
}

export const memberIds = (draft) => draft.members.map((m) => m.id);

/** Replaces member `oldId` with `candidate` ({id, role, name}) in the same role. */
export function swapMember(draft, oldId, candidate) {
  const members = draft.members.map((m) =>
    (m.id === oldId ? { id: candidate.id, role: m.role, name: candidate.name } : m));
  const applicant_id = draft.applicant_id === oldId ? null : draft.applicant_id;
  return { ...draft, members, applicant_id };
}

export function removeMember(draft, id) {
  return {
    ...draft,
    members: draft.members.filter((m) => m.id !== id),
    applicant_id: draft.applicant_id === id ? null : draft.applicant_id,
  };
}

export function addMember(draft, candidate, role) {
  if (draft.members.some((m) => m.id === candidate.id)) return draft;
  return { ...draft, members: [...draft.members, { id: candidate.id, role, name: candidate.name }] };
}

/** Candidates of a role that are not in the draft and not excluded. */
export function alternativesFor(roleEntry, draft, excluded = []) {
  const inDraft = new Set(memberIds(draft));
  const ex = new Set(excluded);
  return (roleEntry.candidates || []).filter((c) => !inDraft.has(c.id) && !ex.has(c.id));
}

/** The applicant: the draft's, if still a member, else the first eligible member. */
export function pickApplicant(draft, candidatesById) {
  const ids = new Set(memberIds(draft));
  if (draft.applicant_id && ids.has(draft.applicant_id)) return draft.applicant_id;
  const eligible = draft.members.find((m) => candidatesById[m.id] && candidatesById[m.id].applicant_eligible);
  return eligible ? eligible.id : null;
}

/**
 * Side by side: one row per role, one cell per column (each column a member
 * list); a member differs when the baseline column (the first) lacks it.
 */
export function compareColumns(columns, roles) {
  const base = new Set((columns[0] ? columns[0].members : []).map((m) => m.id));
  return roles.map((role) => ({
    role,
    cells: columns.map((col, i) => col.members
      .filter((m) => m.role === role)
      .map((m) => ({ ...m, differs: i > 0 && !base.has(m.id) }))),
  }));
}

/** Count of members of `b` not in `a`. */
export function differenceCount(a, b) {
  const ids = new Set(a.members.map((m) => m.id));
  return b.members.filter((m) => !ids.has(m.id)).length;
}

/** A registry body for POST /v1/consortia from the edited draft. */
export function registrationBody({ type, industry, region, problem, name }, draft) {
  const body = {
    type,
    members: draft.members.map((m) => ({ id: m.id, role: m.role })),
    problem: problem || '',
  };
  if (type === 'industrial') body.industry = industry; else body.region = region;
  if (draft.applicant_id) body.applicant_id = draft.applicant_id;
  if (name) body.name = name;
  if (typeof draft.score === 'number') body.score = draft.score;
  return body;
}

/** A violation of POST /v1/consortia/validate in the user's language. */
export function violationText(v, roleName) {
  const key = `violations.${v.code}`;
  if (!has(key)) return v.message || v.code;
  return t(key, { role: v.role ? roleName(v.role) : '', member: v.member_id || '' });
}
