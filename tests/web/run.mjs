// Browser journeys against a running `consortia serve --web web/dist`
// (scripts/web-test.sh starts one): one journey per user, each asserting what
// the page shows. Screenshots of every page and a timing report go to
// WEB_ARTIFACTS (default tests/web/artifacts/). Closing line: "N passed, N failed".
//
// Env: CONSORTIA_WEB_URL (http://127.0.0.1:PORT), CONSORTIA_TOKEN (the server's
// write token), CHROMIUM (default /usr/bin/chromium), WEB_ARTIFACTS.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Run, launch, until, input, testid, pickOption } from './lib.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const BASE = (process.env.CONSORTIA_WEB_URL || 'http://127.0.0.1:18090').replace(/\/$/, '');
const TOKEN = process.env.CONSORTIA_TOKEN || 'demo-token';
const ARTIFACTS = resolve(process.env.WEB_ARTIFACTS || join(here, 'artifacts'));
const run = new Run(ARTIFACTS);
const state = {};

async function api(path) {
  const res = await fetch(`${BASE}${path}`);
  return res.json();
}

/** Opens a deep link and waits until `ready` (a selector) shows; times it as a page load. */
async function open(page, name, hash, ready) {
  await run.time('load', name, async () => {
    await page.goto(`${BASE}/#${hash}`);
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30000 });
  });
}

async function textOf(locator) { return (await locator.textContent()) || ''; }

/**
 * Fits a 1366-px screen (no sideways scrolling), has the landmarks, and every
 * visible control has a name a screen reader can read.
 */
async function usable(page, name) {
  const r = await page.evaluate(() => {
    const visible = (el) => el.offsetParent !== null || el.getClientRects().length > 0;
    const named = (el) => (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title')
      || (el.id && document.querySelector(`label[for="${el.id}"]`)) || (el.closest('label') && el.closest('label').textContent.trim()) || (el.textContent || '').trim() || el.getAttribute('placeholder'));
    const namedInside = (el) => [...el.querySelectorAll('input, textarea')].some(named);
    const unnamed = [...document.querySelectorAll('button, input:not([type=hidden]), textarea, select, [role=combobox]')]
      .filter((el) => visible(el) && !named(el) && !namedInside(el)).map((el) => el.outerHTML.slice(0, 120));
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 1367)
      .slice(0, 3).map((el) => `${el.tagName}.${String(el.className).slice(0, 40)}`);
    return {
      width: document.documentElement.scrollWidth,
      landmarks: ['banner', 'navigation', 'main'].every((role) => document.querySelector(`[role=${role}], ${{ banner: 'header', navigation: 'nav', main: 'main' }[role]}`)),
      unnamed,
      wide,
    };
  });
  run.check(`${name}: fits 1366 px, has landmarks, every control is named`,
    r.width <= 1366 && r.landmarks && r.unnamed.length === 0, `width ${r.width} ${r.wide.join(' ')}; unnamed: ${r.unnamed.slice(0, 2).join(' ')}`);
}

// ---- the leading enterprise ------------------------------------------------------------
async function enterprise(page) {
  console.log('enterprise: search, build, edit, register');
  await open(page, 'search', '/search?q=光刻胶', '[data-test=result]');
  const results = await page.locator('[data-test=result]').count();
  run.check('search for 光刻胶 lists ranked results', results >= 5, `${results} results`);
  run.check('results say which keywords matched', (await textOf(page.locator('[data-test=results]'))).includes('命中关键词'));
  await usable(page, 'search');
  await run.shot(page, 'search');

  await run.time('interaction', 'open a record from the results', async () => {
    await page.locator('[data-test=result] a').first().click();
    await page.locator('[data-test=record-name]').waitFor({ timeout: 15000 });
  });
  run.check('record page shows the record and its ties', (await page.locator('main').textContent()).includes('合作关系'));
  await run.shot(page, 'record');

  // English toggle and back.
  await testid(page, 'lang-toggle').click();
  run.check('English toggle switches the navigation', (await textOf(page.locator('nav'))).includes('Search'));
  await testid(page, 'lang-toggle').click();
  run.check('and back to Chinese', (await textOf(page.locator('nav'))).includes('检索'));

  // Build around a leading IC enterprise found by type-ahead.
  const leads = await api('/v1/organizations?kind=enterprise&leading=true&industry=ic&limit=1');
  const lead = leads.items[0];
  state.lead = lead;
  await open(page, 'build', '/build', '[data-test=build-submit]');
  const fragment = lead.name.slice(3, 6);
  await input(page, 'lead-input').fill(fragment);
  const option = page.locator('.el-autocomplete-suggestion li', { hasText: lead.name }).first();
  await run.time('interaction', 'lead type-ahead', () => option.waitFor({ state: 'visible', timeout: 10000 }));
  await option.click();
  await input(page, 'problem').fill('国产光刻胶配方与工艺验证');
  await run.time('interaction', 'suggest a consortium', async () => {
    await testid(page, 'build-submit').click();
    await page.locator('[data-test=member]').first().waitFor({ timeout: 20000 });
    await until(async () => (await textOf(testid(page, 'validation'))).includes('符合全部规则'), 'validation valid');
  });
  const members = await page.locator('[data-test=member]').count();
  run.check('suggestion fills every role (industrial minimum 9 members)', members >= 9, `${members}`);
  run.check('live validation says the set meets every rule', (await textOf(testid(page, 'validation'))).includes('符合全部规则'));
  const reasonText = await textOf(page.locator('[data-role=related_enterprise]'));
  run.check('members carry reasons in Chinese', /产业契合|问题相关|补链互补/.test(reasonText));

  // Swap the first related enterprise for an alternative of its role.
  const related = page.locator('[data-role=related_enterprise] [data-test=member]').first();
  const before = await textOf(related.locator('[data-test=member-name]'));
  await related.locator('[data-test=swap]').click();
  const alt = page.locator('[data-test=alternatives]:visible [data-test=alternative]').first();
  await alt.waitFor({ state: 'visible' });
  const altName = (await textOf(alt)).trim();
  await run.time('interaction', 'swap a member', async () => {
    await alt.click();
    await until(async () => (await textOf(page.locator('[data-role=related_enterprise]'))).includes(altName), 'swapped in');
  });
  run.check('swap replaces the member by the chosen candidate',
    (await textOf(page.locator('[data-role=related_enterprise]'))).includes(altName) && !(await textOf(page.locator('[data-role=related_enterprise]'))).includes(before.trim()));
  await page.keyboard.press('Escape');

  // Pin a society, exclude a university or institute.
  const society = page.locator('[data-role=municipal_society] [data-test=member]').first();
  const pinnedName = (await textOf(society.locator('[data-test=member-name]'))).trim();
  await society.locator('[data-test=pin]').click();
  run.check('pin marks the member', (await textOf(society)).includes('已固定'));
  const uni = page.locator('[data-role=university_or_institute] [data-test=member]').first();
  const excludedName = (await textOf(uni.locator('[data-test=member-name]'))).trim();
  await uni.locator('[data-test=exclude]').click();
  run.check('exclude takes the member out (and fills the role)',
    !(await textOf(page.locator('[data-role=university_or_institute]'))).includes(excludedName)
    && await page.locator('[data-role=university_or_institute] [data-test=member]').count() >= 2);
  await run.time('interaction', 'suggest again with pins and exclusions', async () => {
    await testid(page, 'resuggest').click();
    await until(async () => !(await testid(page, 'resuggest').isDisabled()) || true, 'resuggest');
    await page.waitForLoadState('networkidle');
  });
  const all = await textOf(page.locator('.roles'));
  run.check('re-suggestion keeps the pinned member', all.includes(pinnedName));
  run.check('re-suggestion leaves the excluded member out', !all.includes(excludedName));
  await until(async () => (await textOf(testid(page, 'validation'))).includes('符合全部规则'), 'valid again');
  const differs = await page.locator('[data-test=compare] [data-differs=true]').count();
  run.check('alternatives side by side highlight their differences', differs >= 2, `${differs} highlighted`);
  await usable(page, 'build');
  await run.shot(page, 'build');

  // Writes: a server with writes off (403, simulated) and a wrong token (401) are said plainly.
  await page.route('**/v1/consortia', (route) => (route.request().method() === 'POST'
    ? route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', message: 'writes are disabled', field: 'Authorization' } }) })
    : route.continue()), { times: 1 });
  await testid(page, 'register').click();
  await input(page, 'token-input').fill('wrong-token');
  await testid(page, 'token-ok').click();
  await until(async () => (await textOf(page.locator('main'))).includes('此服务器未开启写入'), '403 message');
  run.check('403 says writes are disabled on this server', true);
  await testid(page, 'token-tag').locator('.el-tag__close').click(); // forget the token
  await testid(page, 'register').click();
  await input(page, 'token-input').fill('wrong-token');
  await testid(page, 'token-ok').click();
  await until(async () => (await textOf(page.locator('main'))).includes('写入令牌不正确'), '401 message');
  run.check('a wrong token is said plainly', true);
  await run.time('interaction', 'register the consortium', async () => {
    await testid(page, 'register').click();
    await input(page, 'token-input').fill(TOKEN);
    await testid(page, 'token-ok').click();
    await testid(page, 'registered').waitFor({ timeout: 15000 });
  });
  const registered = await textOf(testid(page, 'registered'));
  const m = /#(\d+)/.exec(registered);
  run.check('registration answers with the new consortium', !!m, registered);
  state.consortium = m ? Number(m[1]) : null;

  // Registering the same set again breaks the lead's capacity: the 409 names
  // members[0].id, and the page says so in Chinese beside that member.
  await run.time('interaction', 'register again (refused)', async () => {
    await testid(page, 'register').click();
    await page.locator('[data-role=leading_enterprise] .api-error').waitFor({ timeout: 15000 });
  });
  run.check('a capacity conflict is shown in Chinese beside the member it names',
    (await textOf(page.locator('[data-role=leading_enterprise] .api-error'))).includes('冲突'));
}

// ---- the society ----------------------------------------------------------------------------
async function society(page) {
  console.log('society: service team for the registered consortium');
  await open(page, 'team', `/team?consortium=${state.consortium}`, '[data-test=team-submit]');
  await until(async () => (await textOf(testid(page, 'team-consortium'))).includes(`#${state.consortium}`), 'consortium preselected');
  await pickOption(page, 'fields', '集成电路设计（F0402）', { type: '集成电路设计' });
  await pickOption(page, 'fields', '半导体材料（F0401）', { type: '半导体材料' });
  await pickOption(page, 'fields', '光学和光电子学（F05）', { type: '光学' });
  await page.keyboard.press('Escape');
  await run.time('interaction', 'suggest a team', async () => {
    await testid(page, 'team-submit').click();
    await page.locator('[data-test=team-member]').first().waitFor({ timeout: 20000 });
  });
  const size = await page.locator('[data-test=team-member]').count();
  run.check('the team has 15 experts', size === 15, `${size}`);
  const summary = await textOf(testid(page, 'coverage-summary'));
  run.check('coverage per field is summarised (3 fields)', /已覆盖 \d/.test(summary)
    && summary.match(/\d+/g).map(Number).reduce((a, b) => a + b, 0) === 3, summary);
  run.check('coverage chart is drawn', await page.locator('[data-test=coverage] svg').count() > 0);
  run.check('the team has a leader', await testid(page, 'leader-tag').count() === 1);
  run.check('members have backups to swap in', await testid(page, 'swap-backup').count() >= 15);
  run.check('reasons are shown in Chinese', (await textOf(testid(page, 'team-table'))).includes('覆盖'));

  // Swap the last member with its first backup.
  const rows = page.locator('.team-row');
  const lastName = (await textOf(rows.last().locator('[data-test=team-member]'))).trim();
  const backupName = (await textOf(rows.last().locator('.backup span').first())).trim().split(/\s/)[0];
  await run.time('interaction', 'swap a member with a backup', async () => {
    await rows.last().locator('[data-test=swap-backup]').first().click();
    await until(async () => (await textOf(testid(page, 'team-table'))).includes(backupName), 'backup in team');
  });
  const names = await page.locator('[data-test=team-member]').allTextContents();
  run.check('the backup replaced the member', names.map((n) => n.trim()).includes(backupName) && !names.map((n) => n.trim()).includes(lastName));

  // Pin the first, exclude the second, suggest again.
  const pinned = (await textOf(rows.nth(0).locator('[data-test=team-member]'))).trim();
  await rows.nth(0).locator('[data-test=team-pin]').click();
  const excluded = (await textOf(rows.nth(1).locator('[data-test=team-member]'))).trim();
  await rows.nth(1).locator('[data-test=team-exclude]').click();
  await run.time('interaction', 'suggest the team again with pins and exclusions', async () => {
    await testid(page, 'team-resuggest').click();
    await page.waitForLoadState('networkidle');
    await until(async () => (await page.locator('[data-test=team-member]').count()) === 15, '15 again');
  });
  const again = (await page.locator('[data-test=team-member]').allTextContents()).map((n) => n.trim());
  run.check('re-suggested team keeps the pin and leaves the excluded out', again.includes(pinned) && !again.includes(excluded), `${pinned} / ${excluded}`);
  const backups = (await page.locator('.backup span').allTextContents()).map((t) => t.trim());
  run.check('every backup shows a name, never a bare id (a swapped-out member included)',
    backups.length >= 15 && backups.every((t) => t && !/^#\d+/.test(t)), backups.filter((t) => /^#\d+/.test(t)).join(', '));
  await usable(page, 'team');
  await run.shot(page, 'team');

  await run.time('interaction', 'save the team to the consortium', async () => {
    await testid(page, 'save-team').click();
    await testid(page, 'team-saved').waitFor({ timeout: 15000 });
  });
  run.check('the team is saved (no second token prompt)', (await textOf(testid(page, 'team-saved'))).includes('15'));

  await open(page, 'consortium', `/consortia/${state.consortium}`, '[data-test=consortium-name]');
  const saved = await page.locator('[data-test=saved-team] li').count();
  run.check('the consortium page lists the saved team', saved === 15, `${saved}`);
  await run.shot(page, 'consortium');

  await open(page, 'team (saved, deep link)', `/team?consortium=${state.consortium}`, '[data-test=team-member]');
  const reopened = await page.locator('[data-test=team-member]').count();
  run.check('the team deep link shows the saved team with its coverage', reopened === 15
    && await page.locator('[data-test=coverage] svg').count() > 0, `${reopened}`);
}

// ---- the BAST planner ------------------------------------------------------------------------
async function planner(page) {
  console.log('planner: plan, adopt, failed assessment, re-plan, application');
  await open(page, 'planner', '/planner', '[data-test=slot]');
  run.check('15 slots are shown', await testid(page, 'slot').count() === 15);
  run.check('the registry lists the new consortium', (await textOf(testid(page, 'registry'))).includes(`${state.consortium}`));
  run.check('the Beijing map is drawn', await page.locator('[data-test=map] svg path').count() > 16);

  await run.time('interaction', 'generate candidates for every region and industry', async () => {
    await testid(page, 'generate').click();
    await until(async () => /加上本页生成的 [1-9]\d* 个候选/.test(await textOf(testid(page, 'plan'))), 'candidates generated', 90000);
  });
  const generated = Number(/生成的 (\d+) 个/.exec(await textOf(testid(page, 'plan')))[1]);
  run.check('candidates were generated', generated >= 15, `${generated}`);

  await run.time('interaction', 'plan', async () => {
    await testid(page, 'run-plan').click();
    await testid(page, 'proof').waitFor({ timeout: 30000 });
  });
  run.check('the plan is proven optimal with gap 0', (await textOf(testid(page, 'proven'))).includes('已证明最优')
    && (await textOf(testid(page, 'gap'))).trim() === '0.000');
  const chosen = await testid(page, 'chosen-name').count();
  run.check('the plan fills the 5 + 10 slots', chosen === 15, `${chosen}`);
  run.check('slots have runner-ups', await testid(page, 'runner-up').count() >= 5);
  run.check('the heat map is drawn', await page.locator('[data-test=heatmap] svg').count() > 0);

  await run.time('interaction', 'adopt the plan', async () => {
    await testid(page, 'adopt').click();
    await testid(page, 'adopted').waitFor({ timeout: 60000 });
  });
  run.check('adoption approves every chosen consortium', /已采纳 15 个，失败 0 个/.test(await textOf(testid(page, 'adopted'))), await textOf(testid(page, 'adopted')));
  await until(async () => (await textOf(testid(page, 'slots-industrial'))).includes('已占 10 / 10'), 'slots filled');
  run.check('all 15 slots are filled', (await textOf(testid(page, 'slots-regional'))).includes('已占 5 / 5'));
  run.check('the map lists what each place has', (await textOf(testid(page, 'map-places'))).length > 0);

  // A failed assessment for the first approved consortium: cancelled, slot freed.
  const row = page.locator('[data-test=registry] tr', { has: page.locator('[data-test=assess]') }).first();
  const name = (await textOf(row.locator('[data-test=registry-name]'))).trim();
  state.cancelled = name;
  await row.locator('[data-test=assess]').click();
  await testid(page, 'assess-fail').click();
  await input(page, 'assess-notes').fill('年度评估未完成攻关目标');
  await run.time('interaction', 'record a failed assessment', async () => {
    await testid(page, 'assess-submit').click();
    await until(async () => /已占 (4 \/ 5|9 \/ 10)/.test(await textOf(testid(page, 'slots'))), 'slot freed');
  });
  const cancelledRow = page.locator('[data-test=registry] tr', { hasText: name }).first();
  run.check('the failed consortium is cancelled', (await textOf(cancelledRow)).includes('已撤销'));

  await run.time('interaction', 're-plan', async () => {
    await testid(page, 'run-replan').click();
    await until(async () => (await textOf(testid(page, 'proof'))).includes('重新规划'), 'replanned', 30000);
  });
  const fixed = await page.locator('[data-test=assignments] .el-tag', { hasText: '已固定' }).count();
  run.check('re-plan keeps the 14 approved consortia fixed', fixed === 14, `${fixed}`);
  const after = await testid(page, 'chosen-name').count();
  run.check('re-plan fills the freed slot', after === 15, `${after}`);
  run.check('re-plan is proven optimal', (await textOf(testid(page, 'proven'))).includes('已证明最优'));
  await usable(page, 'planner');
  await page.evaluate(() => window.scrollTo(0, 0));
  await run.shot(page, 'planner');

  // The application draft of the enterprise's consortium.
  await open(page, 'application', `/application/${state.consortium}`, '[data-test=draft]');
  const draft = await textOf(testid(page, 'draft'));
  run.check('the application draft is shown', draft.includes('申请表') && draft.includes(state.lead.name));
  run.check('the draft lists the service team', draft.includes('科技服务团') || draft.includes('服务团'));
  const [download] = await Promise.all([page.waitForEvent('download'), testid(page, 'download-md').click()]);
  const md = readFileSync(await download.path(), 'utf8');
  run.check('the Markdown draft downloads', md.includes('申请表') && md.includes(state.lead.name));
  await usable(page, 'application');
  await page.emulateMedia({ media: 'print' });
  run.check('print hides the navigation', !(await page.locator('header.app-header').isVisible()));
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'application.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  run.check('the draft prints on A4 pages', pages >= 1 && pages <= 6, `${pages} pages`);
  await run.shot(page, 'application');
}

const { context, close } = await launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', downloads: ARTIFACTS });
const page = context.pages()[0] || await context.newPage();
const consoleErrors = [];
page.on('pageerror', (e) => consoleErrors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) consoleErrors.push(m.text()); });
// 401, 403 and 409 are provoked on purpose (and their messages checked);
// any other failed request is a fault.
page.on('response', (r) => {
  if (r.status() >= 400 && ![401, 403, 409].includes(r.status())) consoleErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
});
const started = Date.now();
for (const [name, journey] of [['enterprise', enterprise], ['society', society], ['planner', planner]]) {
  try {
    await journey(page);
  } catch (e) {
    run.check(`${name} journey ran to its end`, false, e.message.split('\n')[0]);
    await run.shot(page, `failure-${name}`).catch(() => {});
  }
}
const jsErrors = consoleErrors;
run.check('no script errors in the page', jsErrors.length === 0, jsErrors.slice(0, 3).join(' | '));
await close();
const out = run.report(join(ARTIFACTS, 'timing.json'), { seconds: Math.round((Date.now() - started) / 100) / 10, base: BASE });
console.log(`page loads (ms): ${out.page_loads_ms.map((p) => `${p.name} ${p.ms}`).join(', ')}`);
console.log(`slowest interaction: ${out.slowest_interaction ? `${out.slowest_interaction.name} ${out.slowest_interaction.ms} ms` : '-'}`);
console.log(`browser run: ${out.seconds} s; report: ${join(ARTIFACTS, 'timing.json')}`);
console.log(`${run.passed} passed, ${run.failed} failed`);
process.exit(run.failed ? 1 : 0);
