// The app's pure logic, without a browser: team coverage and swaps,
// consortium edits and comparison, plan reading, error wording, and candidate
// generation against a fake API.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const web = (p) => new URL(`../../../web/src/${p}`, import.meta.url).href;
const team = await import(web('domain/team.js'));
const cons = await import(web('domain/consortium.js'));
const plan = await import(web('domain/plan.js'));
const errors = await import(web('domain/errors.js'));
const cands = await import(web('domain/candidates.js'));
const { t } = await import(web('i18n/index.js'));

const FIELDS = [
  { code: 'F04', parent: '' }, { code: 'F0401', parent: 'F04' }, { code: 'F0402', parent: 'F04' },
  { code: 'F05', parent: '' }, { code: 'F06', parent: '' },
];

test('field coverage: covered by the field or a sub-field, partial by parent or sibling', () => {
  const members = [{ id: 1, fields: ['F0402'] }, { id: 2, fields: ['F04'] }, { id: 3, fields: ['F0402', 'F05'] }];
  const rows = team.fieldCoverage(['F0402', 'F0401', 'F04', 'F06'], members, FIELDS);
  const by = Object.fromEntries(rows.map((r) => [r.code, r]));
  assert.equal(by.F0402.status, 'covered');
  assert.equal(by.F0402.exact, 2);
  assert.equal(by.F0401.status, 'partial'); // parent F04 and sibling F0402 only
  assert.equal(by.F04.status, 'covered'); // a member holds F04; sub-fields count too
  assert.equal(by.F04.exact, 3);
  assert.equal(by.F06.status, 'uncovered');
  assert.deepEqual(team.coverageCounts(rows), { covered: 2, partial: 1, uncovered: 1 });
});

test('swapping with a backup moves the member to the backups and keeps the size', () => {
  const tm = { leader_id: 1, members: [{ id: 1, backups: [9] }, { id: 2, backups: [8, 9] }] };
  const out = team.swapWithBackup(tm, 2, { id: 9, name: 'B', fields: [] });
  assert.deepEqual(out.members.map((m) => m.id), [1, 9]);
  assert.deepEqual(out.members[1].backups, [8, 2]);
  assert.deepEqual(out.members[0].backups, []); // 9 joined the team: nobody's backup any more
  assert.equal(out.leader_id, 1);
  assert.equal(team.swapWithBackup(tm, 1, { id: 9 }).leader_id, null);
  assert.deepEqual(team.teamPatch(out), { team: { leader_id: 1, members: [1, 9] } });
});

test('a team answer with names beside ids reads like one with bare ids', () => {
  const bare = team.normaliseTeam({ leader_id: 1, members: [{ id: 1, fields: ['F05'], backups: [7, 8] }], uncovered: ['F06'] });
  const named = team.normaliseTeam({ leader: { id: 1, name: 'A' }, members: [{ id: 1, fields: [{ code: 'F05', name: '光学' }], backups: [{ id: 7, name: 'B' }, { id: 8, name: 'C' }] }], uncovered: [{ code: 'F06' }] });
  assert.deepEqual(named.members.map((m) => [m.fields, m.backups]), bare.members.map((m) => [m.fields, m.backups]));
  assert.equal(named.leader_id, 1);
  assert.deepEqual(named.uncovered, ['F06']);
});

test("a member's reason is shown in Chinese; unknown words pass through", () => {
  const why = team.teamWhy('leader; academician; covers F0402, F05; relevance 0.82; 其他理由', {
    fieldName: (c) => ({ F0402: '集成电路设计', F05: '光学' }[c] || c), titleName: (x) => ({ academician: '院士' }[x]), t,
  });
  assert.equal(why, '团长人选；院士；覆盖 集成电路设计、光学；相关度 0.82；其他理由');
  assert.deepEqual(team.parseList('F0402, F05,'), ['F0402', 'F05']);
});

test('consortium edits: swap, exclude, add, applicant and registration body', () => {
  const d = cons.draftFromProposal({ rank: 1, score: 9, applicant_id: 3, members: [
    { id: 1, role: 'leading_enterprise', name: 'L' }, { id: 2, role: 'related_enterprise', name: 'R' },
    { id: 3, role: 'municipal_society', name: 'S' }] });
  const swapped = cons.swapMember(d, 3, { id: 4, name: 'S2' });
  assert.deepEqual(swapped.members.map((m) => [m.id, m.role]), [[1, 'leading_enterprise'], [2, 'related_enterprise'], [4, 'municipal_society']]);
  assert.equal(swapped.applicant_id, null);
  assert.equal(cons.pickApplicant(swapped, { 4: { applicant_eligible: true } }), 4);
  const entry = { role: 'related_enterprise', candidates: [{ id: 2 }, { id: 5 }, { id: 6 }] };
  assert.deepEqual(cons.alternativesFor(entry, d, [5]).map((c) => c.id), [6]);
  assert.equal(cons.addMember(d, { id: 2 }, 'x'), d);
  assert.deepEqual(cons.removeMember(d, 2).members.map((m) => m.id), [1, 3]);
  const body = cons.registrationBody({ type: 'industrial', industry: 'ic', region: 'r', problem: 'p', name: 'N' }, d);
  assert.deepEqual(body, { type: 'industrial', members: d.members.map(({ id, role }) => ({ id, role })), problem: 'p', industry: 'ic', applicant_id: 3, name: 'N', score: 9 });
});

test('alternatives side by side mark the members the edited set lacks', () => {
  const a = { members: [{ id: 1, role: 'x' }, { id: 2, role: 'y' }] };
  const b = { members: [{ id: 1, role: 'x' }, { id: 3, role: 'y' }] };
  const rows = cons.compareColumns([a, b], ['x', 'y']);
  assert.equal(rows[1].cells[1][0].differs, true);
  assert.equal(rows[0].cells[1][0].differs, false);
  assert.equal(cons.differenceCount(a, b), 1);
});

test('violations are worded in Chinese with the role name', () => {
  const text = cons.violationText({ code: 'below_minimum', role: 'municipal_society', message: 'x' }, () => '市学会');
  assert.equal(text, '市学会人数不足规则的最低要求');
  assert.equal(cons.violationText({ code: 'something_new', message: 'as sent' }, () => ''), 'as sent');
});

test('runner-ups: same target first, else another open target; the API wins when it sends one', () => {
  const p = {
    regional: [{ id: 'a', region: 'r1', name: 'A' }],
    industrial: [{ id: 'b', industry: 'ic', name: 'B', runner_up: { id: 'z', name: 'Z' } }],
    invalid: [{ id: 'bad' }],
  };
  const c = [
    { id: 'a', type: 'regional', target: 'r1', score: 9 },
    { id: 'x', type: 'regional', target: 'r2', score: 8 },
    { id: 'y', type: 'regional', target: 'r1', score: 3 },
    { id: 'bad', type: 'regional', target: 'r1', score: 99 },
  ];
  const r = plan.runnerUps(p, c);
  assert.equal(r.a.id, 'y');
  assert.equal(r.a.from, 'same_target');
  assert.equal(r.b.from, 'api');
  assert.equal(plan.runnerUps({ regional: [{ id: 'a', region: 'r1' }] }, c.filter((x) => x.id !== 'y' && x.id !== 'bad')).a.id, 'x');
});

test('coverage cells, places on the map and the inline form of a registered consortium', () => {
  assert.deepEqual(plan.heatCells([{ region: 'r2', industry: 'ic', consortia: ['1', '2'] }, { region: 'zz', industry: 'ic', consortia: ['3'] }], ['r1', 'r2'], ['ai', 'ic']), [[1, 1, 2]]);
  const p = { regional: [{ id: '1', region: 'z', name: 'One' }], industrial: [{ id: '2', industry: 'ic', name: 'Two' }],
    coverage: { region_by: { z: '1' }, cells: [{ region: 'z', industry: 'ai', consortia: ['1'] }, { region: 'p', industry: 'ic', consortia: ['2'] }] } };
  const regions = [{ code: 'z', kind: 'zone', name: 'Z', districts: ['d1', 'd2'] }, { code: 'p', kind: 'park', name: 'P', districts: ['d1'] }];
  const districts = [{ code: 'd1', name: '海淀区' }, { code: 'd2', name: '昌平区' }];
  const g = plan.geography(p, regions, districts, { 海淀区: [116, 40], 昌平区: [117, 41] });
  assert.deepEqual(g.districts.map((d) => [d.name, d.value]), [['海淀区', 2], ['昌平区', 1]]);
  assert.deepEqual(g.points.find((x) => x.code === 'z').consortia, ['One']);
  assert.ok(Math.abs(g.points.find((x) => x.code === 'z').coord[0] - 116.535) < 1e-9);
  const inline = plan.inlineOf({ id: 7, name: 'C', type: 'industrial', industry: 'ic', status: 'approved', score: 1, year: 2026,
    members: [{ id: 1, role: 'leading_enterprise', name: 'L' }], applicant_id: 1, team: { leader_id: 5, members: [{ id: 5 }, { id: 6 }] } });
  assert.deepEqual(inline, { id: '7', name: 'C', type: 'industrial', status: 'approved', score: 1, year: 2026,
    members: [{ id: 1, role: 'leading_enterprise' }], applicant_id: 1, team: { leader_id: 5, members: [5, 6] }, industry: 'ic' });
});

test('errors: the field they name, the member index, and a Chinese sentence', () => {
  const e = { status: 409, code: 'conflict', field: 'team.members[4]', message: 'expert 12 serves 1 team(s) already' };
  assert.equal(errors.rootField(e.field), 'team');
  assert.equal(errors.indexInField(e.field), 4);
  assert.equal(errors.errorFor(e, 'team'), e);
  assert.equal(errors.errorFor(e, 'members'), null);
  const d = errors.describeError(e);
  assert.match(d.title, /冲突/);
  assert.match(d.title, /服务团/);
  assert.equal(d.detail, e.message);
  assert.equal(errors.describeError({ status: 401, code: 'unauthorized', field: 'Authorization' }).title, '写入令牌不正确，请重新输入令牌后再试');
  assert.match(errors.describeError({ status: 403, code: 'forbidden' }).title, /未开启写入/);
  const inf = errors.describeError({ status: 422, code: 'infeasible', field: 'park', details: { relaxation: 'widen the region', eligible: 0, required: 1 } });
  assert.match(inf.detail, /widen the region/);
  assert.match(inf.detail, /符合条件 0 个，需要 1 个/);
  assert.match(errors.describeError({ status: 502, code: 'http_502' }).title, /502/);
});

test('generated candidates avoid leads, organisations and experts already used', async () => {
  const calls = [];
  let next = 100;
  const fake = {
    listOrganizations: async (q) => ({ items: [{ id: 1, name: 'L1', industries: [{ code: 'ic' }] }, { id: 2, name: 'L2' }, { id: 3, name: 'L3' }].filter(() => q.industry || q.zone) }),
    suggestConsortium: async (body) => {
      calls.push(['c', body]);
      return { proposals: [{ score: 1, applicant_id: 50, members: [{ id: body.lead_id, role: 'leading_enterprise', name: 'L' }, { id: 50, role: 'municipal_society', name: 'S' }] }] };
    },
    suggestTeams: async (body) => {
      calls.push(['t', body]);
      return { teams: [{ leader_id: next, members: [{ id: next++ }, { id: next++ }] }] };
    },
  };
  const progress = [];
  const out = await cands.generateCandidates(fake, {
    targets: [{ type: 'industrial', target: 'ic', name: 'IC', leadQuery: { industry: 'ic' } },
      { type: 'regional', target: 'z', name: 'Z', leadQuery: { zone: 'z' } }],
    perTarget: 2, usedLeads: [1], onProgress: (d, n) => progress.push([d, n]),
  });
  // Lead 1 is taken by the registry; 2 and 3 lead the ic candidates, so z finds no lead left.
  assert.deepEqual(out.candidates.map((c) => [c.id, c.lead.id]), [['gen-ic-1', 2], ['gen-ic-2', 3]]);
  assert.deepEqual(out.skipped, [{ target: 'z', reason: 'no_lead' }]);
  const teamBodies = calls.filter((c) => c[0] === 't').map((c) => c[1]);
  assert.deepEqual(teamBodies[1].exclude, [100, 101]);
  const second = calls.filter((c) => c[0] === 'c')[1][1];
  assert.ok(second.exclude.includes(2), 'a lead already leading is excluded from other candidates');
  assert.ok(!second.exclude.includes(50), 'a society in one candidate may join a second');
  assert.deepEqual(progress.at(-1), [4, 4]);
  const reg = cands.registrationOf(out.candidates[0], 'approved');
  assert.equal(reg.status, 'approved');
  assert.equal(reg.industry, 'ic');
  assert.equal(reg.id, undefined);
});

test('targets: every industry twice and every zone and park once, with their lead filters', () => {
  const vocab = { industries: [{ code: 'ic', name: '集成电路' }], regions: [{ code: 'z', kind: 'zone', name: 'Z' }, { code: 'p', kind: 'park', name: 'P' }] };
  const tg = cands.planTargets(vocab, (x) => x.name);
  assert.deepEqual(tg.map((x) => [x.type, x.target, x.per, x.leadQuery]), [
    ['industrial', 'ic', 2, { industry: 'ic' }], ['regional', 'z', 1, { zone: 'z' }], ['regional', 'p', 1, { park: 'p' }]]);
});

test('adopting a plan walks every candidate through proposed, applied, approved, lists refusals', async () => {
  const writes = [];
  const fake = {
    updateConsortium: async (id, body) => { writes.push(['update', id, body.status]); if (id === 9) throw Object.assign(new Error('slot taken'), { status: 409 }); },
    createConsortium: async (body) => { writes.push(['create', body.name, body.status]); return { id: 77 }; },
  };
  const picks = [
    { id: '3', consortium_id: 3, status: 'proposed', name: 'A' },
    { id: '4', consortium_id: 4, status: 'applied', name: 'B' },
    { id: '5', consortium_id: 5, fixed: true, name: 'C' },
    { id: 'gen-ic-1', name: 'G', type: 'industrial' },
    { id: '9', consortium_id: 9, status: 'applied', name: 'D' },
  ];
  const generated = [{ id: 'gen-ic-1', name: 'G', type: 'industrial', industry: 'ic', members: [], team: {} }, { id: 'gen-ai-1', name: 'H', type: 'industrial' }];
  const out = await cands.adoptPlan(fake, picks, generated);
  assert.deepEqual(writes, [['update', 3, 'applied'], ['update', 3, 'approved'], ['update', 4, 'approved'], ['create', 'G', 'proposed'], ['update', 77, 'applied'], ['update', 77, 'approved'], ['update', 9, 'approved']]);
  assert.equal(out.ok, 3);
  assert.deepEqual(out.failed, [{ name: 'D', message: 'slot taken' }]);
  assert.deepEqual(out.remaining.map((c) => c.id), ['gen-ai-1']);
  const denied = { updateConsortium: async () => { throw Object.assign(new Error('wrong token'), { status: 401 }); } };
  await assert.rejects(cands.adoptPlan(denied, picks, []), /wrong token/);
});
