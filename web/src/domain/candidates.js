// Candidate consortia for the planner: for each region and industry, a
// complete member set (POST /v1/consortia/suggest around a leading enterprise
// of that target) and its service team (POST /v1/teams/suggest). Generated one
// after another so that later candidates avoid what earlier ones used up:
// experts already on a generated team, organisations already in two
// candidates, and leading enterprises already leading one.

/**
 * targets: [{type, target, name, leadQuery, per?}] where leadQuery are the
 * /v1/organizations filters that find the target's leading enterprises and
 * per (default perTarget) how many candidates to make for it.
 * usedLeads: lead ids the registry already holds (non-cancelled).
 * api: the client module. onProgress(done, total).
 * -> {candidates: [...inline plan candidates], skipped: [{target, reason}]}
 */
export async function generateCandidates(api, { targets, perTarget = 1, usedLeads = [], maxPerOrg = 2, onProgress }) {
  const leads = new Set(usedLeads);
  const orgUse = new Map();
  const experts = new Set();
  const candidates = [];
  const skipped = [];
  let done = 0;
  const total = targets.reduce((s, tg) => s + (tg.per || perTarget), 0);
  for (const tg of targets) {
    const want = tg.per || perTarget;
    let made = 0;
    let page;
    try {
      page = await api.listOrganizations({ kind: 'enterprise', leading: true, limit: 12, ...tg.leadQuery });
    } catch (e) {
      skipped.push({ target: tg.target, reason: e.message });
      done += want;
      if (onProgress) onProgress(done, total);
      continue;
    }
    for (const lead of page.items || []) {
      if (made >= want) break;
      if (leads.has(lead.id)) continue;
      const exclude = [...orgUse.entries()]
        .filter(([id, n]) => n >= maxPerOrg || leads.has(id)).map(([id]) => id)
        .filter((id) => id !== lead.id);
      const body = { type: tg.type, lead_id: lead.id, problem: tg.problem || '', k: 1, exclude };
      if (tg.type === 'industrial') body.industry = tg.target; else body.region = tg.target;
      let proposal;
      try {
        const s = await api.suggestConsortium(body);
        proposal = s.proposals && s.proposals[0];
      } catch (e) {
        skipped.push({ target: tg.target, reason: e.message });
        continue;
      }
      if (!proposal) continue;
      const industry = tg.type === 'industrial' ? tg.target
        : ((lead.industries && lead.industries[0] && lead.industries[0].code) || '');
      let team;
      try {
        const ts = await api.suggestTeams({
          industry: industry || undefined,
          problem: tg.problem || undefined,
          members: proposal.members.map((m) => m.id),
          exclude: [...experts],
        });
        team = ts.teams && ts.teams[0];
      } catch (e) {
        skipped.push({ target: tg.target, reason: e.message });
        continue;
      }
      if (!team) continue;
      made += 1;
      done += 1;
      if (onProgress) onProgress(done, total);
      leads.add(lead.id);
      for (const m of proposal.members) orgUse.set(m.id, (orgUse.get(m.id) || 0) + 1);
      for (const m of team.members) experts.add(m.id);
      const c = {
        id: `gen-${tg.target}-${made}`,
        name: `${tg.name}·${lead.name}`,
        type: tg.type,
        members: proposal.members.map((m) => ({ id: m.id, role: m.role })),
        member_names: proposal.members.map((m) => ({ id: m.id, role: m.role, name: m.name })),
        applicant_id: proposal.applicant_id,
        team: { leader_id: team.leader_id, members: team.members.map((m) => m.id) },
        score: proposal.score,
        lead: { id: lead.id, name: lead.name },
        target: tg.target,
      };
      if (tg.type === 'industrial') c.industry = tg.target; else c.region = tg.target;
      candidates.push(c);
    }
    if (made < want) {
      done += want - made;
      if (onProgress) onProgress(done, total);
      if (made === 0) skipped.push({ target: tg.target, reason: 'no_lead' });
    }
  }
  return { candidates, skipped };
}

/** The plan body's view of a generated candidate (the fields the planner reads). */
export function planCandidate(c) {
  const out = {
    id: c.id, name: c.name, type: c.type, members: c.members,
    applicant_id: c.applicant_id, team: c.team, score: c.score,
  };
  if (c.type === 'industrial') out.industry = c.industry; else out.region = c.region;
  return out;
}

/** A registry body (POST /v1/consortia) that registers a generated candidate. */
export function registrationOf(c, status) {
  const out = { ...planCandidate(c), status };
  delete out.id;
  return out;
}

/**
 * The planner's targets: every industry (`perIndustry` candidates each) and
 * every zone and park (`perRegion` each), with the filters that find their
 * leading enterprises. `name` gives an entry's display name.
 */
export function planTargets(vocab, name, { perIndustry = 2, perRegion = 1 } = {}) {
  return [
    ...vocab.industries.map((i) => ({ type: 'industrial', target: i.code, name: name(i), leadQuery: { industry: i.code }, problem: '', per: perIndustry })),
    ...vocab.regions.map((r) => ({ type: 'regional', target: r.code, name: name(r), leadQuery: r.kind === 'zone' ? { zone: r.code } : { park: r.code }, problem: '', per: perRegion })),
  ];
}

/**
 * Adopts a plan: each chosen registered candidate goes proposed -> applied ->
 * approved (the registry allows no shortcut); each chosen generated one is
 * registered (as proposed, the only status a new one may have) and taken
 * through the same steps. Fixed entries are left alone. A refused write is
 * listed and the rest go on; a missing or wrong token, or writes being off,
 * stop everything (thrown). -> {ok, failed: [{name, message}], remaining}
 * where remaining are the generated candidates not registered.
 */
export async function adoptPlan(api, picks, generated) {
  const byId = new Map(generated.map((c) => [c.id, c]));
  const result = { ok: 0, failed: [] };
  for (const pick of picks) {
    if (pick.fixed) continue;
    try {
      if (pick.consortium_id) {
        if (pick.status === 'proposed') await api.updateConsortium(pick.consortium_id, { status: 'applied' });
        await api.updateConsortium(pick.consortium_id, { status: 'approved' });
      } else if (byId.has(pick.id)) {
        const created = await api.createConsortium(registrationOf(byId.get(pick.id), 'proposed'));
        byId.delete(pick.id);
        await api.updateConsortium(created.id, { status: 'applied' });
        await api.updateConsortium(created.id, { status: 'approved' });
      } else {
        continue;
      }
      result.ok += 1;
    } catch (e) {
      if (e.code === 'token_missing' || e.status === 401 || e.status === 403) throw e;
      result.failed.push({ name: pick.name, message: e.message });
    }
  }
  return { ...result, remaining: [...byId.values()] };
}
