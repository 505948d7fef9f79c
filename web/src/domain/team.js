// The service team being edited: coverage of the requested NSFC fields by the
// members' fields, and swaps with backups. Pure functions over plain data.

/**
 * One row per requested field: {code, status, exact, related, experts}.
 * covered: a member holds the field or one of its sub-fields;
 * partial: only members of the parent field or a sibling sub-field;
 * uncovered: nobody near it.
 * `taxonomyFields` is GET /v1/taxonomy's fields ({code, parent}).
 */
export function fieldCoverage(requested, members, taxonomyFields) {
  const parentOf = new Map(taxonomyFields.map((f) => [f.code, f.parent || '']));
  return requested.map((code) => {
    const parent = parentOf.get(code) || '';
    let exact = 0;
    let related = 0;
    const experts = [];
    for (const m of members) {
      const fs = m.fields || [];
      if (fs.some((f) => f === code || parentOf.get(f) === code)) {
        exact += 1;
        experts.push(m.id);
      } else if (fs.some((f) => (parent && (f === parent || parentOf.get(f) === parent)))) {
        related += 1;
      }
    }
    const status = exact > 0 ? 'covered' : related > 0 ? 'partial' : 'uncovered';
    return { code, status, exact, related, experts };
  });
}

export function coverageCounts(rows) {
  const out = { covered: 0, partial: 0, uncovered: 0 };
  for (const r of rows) out[r.status] += 1;
  return out;
}

const idOf = (x) => (x && typeof x === 'object' ? x.id : x);
const codeOf = (x) => (x && typeof x === 'object' ? x.code : x);

/**
 * A team of POST /v1/teams/suggest in the shape the page edits: backups as
 * ids and fields as codes, whether the API sends bare ids and codes (today)
 * or objects with names beside them (announced).
 */
export function normaliseTeam(apiTeam) {
  return {
    leader_id: idOf(apiTeam.leader_id ?? apiTeam.leader),
    uncovered: (apiTeam.uncovered || []).map(codeOf),
    members: (apiTeam.members || []).map((m) => ({
      ...m,
      fields: (m.fields || []).map(codeOf),
      backups: (m.backups || []).map(idOf),
    })),
  };
}

/** Replaces member `memberId` with its backup `backup` ({id, name, title, fields, ...}). */
export function swapWithBackup(team, memberId, backup) {
  const members = team.members.map((m) => {
    if (m.id !== memberId) {
      // A backup that joins the team stops being anyone's backup.
      return { ...m, backups: (m.backups || []).filter((b) => b !== backup.id) };
    }
    return {
      ...backup,
      backups: (m.backups || []).filter((b) => b !== backup.id).concat([m.id]),
      why: backup.why || '',
      score: backup.score,
    };
  });
  const leader_id = team.leader_id === memberId ? null : team.leader_id;
  return { ...team, members, leader_id };
}

/** Members who may lead (their title is among the rules' leader titles). */
export function leaderChoices(team, titles) {
  return team.members.filter((m) => titles.includes(m.title));
}

/** The PATCH body that saves the team to a consortium. */
export function teamPatch(team) {
  return { team: { leader_id: team.leader_id, members: team.members.map((m) => m.id) } };
}

/** Parses "F0402,F0406" (a deep link) into codes. */
export const parseList = (s) => String(s || '').split(',').map((x) => x.trim()).filter(Boolean);

/**
 * A member's "why" in the user's language. The API sends it in English words
 * today ("leader; academician; covers F0402, F0406; relevance 0.82"); known
 * parts are translated, anything else is kept as it is (so Chinese reasons,
 * when the API sends them, pass through unchanged).
 */
export function teamWhy(why, { fieldName, titleName, t }) {
  if (!why) return '';
  return String(why).split(/;\s*/).map((part) => {
    if (part === 'leader') return t('team.whyLeader');
    if (part === 'pinned') return t('team.whyPinned');
    if (part === 'affiliated with a consortium member') return t('team.whyMember');
    const covers = /^covers (.+)$/.exec(part);
    if (covers) return t('team.whyCovers', { fields: covers[1].split(/,\s*/).map(fieldName).join(t('punct.list')) });
    const rel = /^relevance ([\d.]+)$/.exec(part);
    if (rel) return t('team.whyRelevance', { v: rel[1] });
    if (/^(academician|renowned|senior|other)$/.test(part)) return titleName(part);
    return part;
  }).join(t('punct.semi'));
}
