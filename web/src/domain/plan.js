// Reading the planner's answer (POST /v1/plan) for the dashboard: which
// consortium fills which slot, each slot's runner-up, and coverage by region,
// industry and district.

/** The chosen entries of a plan with their type: [{...entry, type, target}]. */
export function chosen(plan) {
  if (!plan) return [];
  const out = [];
  for (const type of ['regional', 'industrial']) {
    for (const e of plan[type] || []) {
      out.push({ ...e, type, target: type === 'regional' ? (e.region || e.target) : (e.industry || e.target) });
    }
  }
  return out;
}

/**
 * Each chosen entry's runner-up: the API's own when it sends one
 * (runner_up), else the best candidate not chosen with the same type and
 * target, else the best not chosen of the same type whose target no chosen
 * entry holds. `candidates` are [{id, type, target, name, score}].
 */
export function runnerUps(plan, candidates) {
  const picks = chosen(plan);
  const chosenIds = new Set(picks.map((p) => String(p.id)));
  const heldTargets = new Set(picks.map((p) => `${p.type}:${p.target}`));
  const invalid = new Set(((plan && plan.invalid) || []).map((i) => String(i.id)));
  const open = candidates
    .filter((c) => !chosenIds.has(String(c.id)) && !invalid.has(String(c.id)))
    .sort((a, b) => (b.score || 0) - (a.score || 0));
  const out = {};
  for (const p of picks) {
    if (p.runner_up) { out[p.id] = { ...p.runner_up, from: 'api' }; continue; }
    const same = open.find((c) => c.type === p.type && c.target === p.target);
    const other = open.find((c) => c.type === p.type && !heldTargets.has(`${c.type}:${c.target}`));
    const r = same || other;
    out[p.id] = r ? { ...r, from: same ? 'same_target' : 'other_target' } : null;
  }
  return out;
}

/** Heat-map cells [x (industry index), y (region index), count] from plan.coverage.cells. */
export function heatCells(cells, regions, industries) {
  const ri = new Map(regions.map((r, i) => [r, i]));
  const ii = new Map(industries.map((c, i) => [c, i]));
  const out = [];
  for (const c of cells || []) {
    if (!ri.has(c.region) || !ii.has(c.industry)) continue;
    out.push([ii.get(c.industry), ri.get(c.region), (c.consortia || []).length]);
  }
  return out;
}

/**
 * Where a plan's consortia are: per region (zone or park) and per district,
 * the names of the consortia that touch it — a regional consortium its
 * region, an industrial one its lead's zone or park (plan.coverage.cells).
 * regions: taxonomy regions ({code, kind, districts}); districts: taxonomy
 * districts ({code, name}); centres: {districtName: [lng, lat]}.
 * -> {districts: [{name, value, consortia}], points: [{code, name, kind, coord, consortia}]}
 */
export function geography(plan, regions, districts, centres, nameOfRegion = (r) => r.name) {
  const names = new Map(chosen(plan).map((p) => [String(p.id), p.name || String(p.id)]));
  const byRegion = new Map();
  const add = (region, id) => {
    if (!byRegion.has(region)) byRegion.set(region, new Set());
    byRegion.get(region).add(names.get(String(id)) || String(id));
  };
  const cov = (plan && plan.coverage) || {};
  for (const [region, id] of Object.entries(cov.region_by || {})) add(region, id);
  for (const c of cov.cells || []) for (const id of c.consortia || []) add(c.region, id);
  const byDistrict = new Map();
  for (const r of regions) {
    for (const d of r.districts || []) {
      if (!byDistrict.has(d)) byDistrict.set(d, new Set());
      for (const n of byRegion.get(r.code) || []) byDistrict.get(d).add(n);
    }
  }
  const districtOut = districts.map((d) => {
    const list = [...(byDistrict.get(d.code) || [])];
    return { name: d.name, value: list.length, consortia: list };
  });
  const centreOf = (code) => {
    const d = districts.find((x) => x.code === code);
    return d ? centres[d.name] : null;
  };
  const points = [];
  for (const r of regions) {
    const cs = (r.districts || []).map(centreOf).filter(Boolean);
    if (!cs.length) continue;
    const lng = cs.reduce((s, c) => s + c[0], 0) / cs.length;
    const lat = cs.reduce((s, c) => s + c[1], 0) / cs.length;
    // Zones sit a little north-east of their district's centre, parks south-west,
    // so a zone and a park of the same district do not hide each other.
    const off = r.kind === 'zone' ? 0.035 : -0.035;
    points.push({
      code: r.code, name: nameOfRegion(r), kind: r.kind, coord: [lng + off, lat + off * 0.6],
      consortia: [...(byRegion.get(r.code) || [])],
    });
  }
  return { districts: districtOut, points };
}

/** The proof in one line's worth of data. */
export function proof(plan) {
  if (!plan) return null;
  return {
    gap: plan.gap,
    proven: !!plan.proven,
    objective: plan.objective,
    upper: plan.upper_bound,
    nodes: plan.nodes,
    seconds: plan.seconds,
    stoppedBy: plan.stopped_by || '',
  };
}

/**
 * A registered consortium (GET /v1/consortia/{id}) as an inline plan
 * candidate; approved/active ones stay fixed in a re-plan. Used to draw the
 * current programme with the planner's own coverage (a re-plan over the
 * approved consortia alone).
 */
export function inlineOf(c) {
  const out = {
    id: String(c.id), name: c.name, type: c.type, status: c.status, score: c.score, year: c.year,
    members: (c.members || []).map((m) => ({ id: m.id, role: m.role })),
    applicant_id: c.applicant_id,
    team: { leader_id: (c.team && c.team.leader_id) || 0, members: ((c.team && c.team.members) || []).map((m) => (typeof m === 'object' ? m.id : m)) },
  };
  if (c.type === 'industrial') out.industry = c.industry; else out.region = c.region;
  return out;
}
