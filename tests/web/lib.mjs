// Helpers for the browser journeys: a Chromium from Debian driven by
// playwright-core, checks that count, timings that are measured (never asserted).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch({ executablePath = '/usr/bin/chromium', downloads }) {
  const profile = mkdtempSync(join(tmpdir(), 'consortia-web-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

export class Run {
  constructor(artifacts) {
    this.artifacts = artifacts;
    mkdirSync(artifacts, { recursive: true });
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
    this.pageLoads = [];
    this.interactions = [];
  }

  check(name, ok, detail = '') {
    if (ok) { this.passed += 1; console.log(`  ok   ${name}`); return true; }
    this.failed += 1;
    this.failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`  FAIL ${name}${detail ? ` — ${detail}` : ''}`);
    return false;
  }

  /** Times `fn` (an action and the wait for its visible outcome). */
  async time(kind, name, fn) {
    const t0 = performance.now();
    const out = await fn();
    const ms = Math.round(performance.now() - t0);
    (kind === 'load' ? this.pageLoads : this.interactions).push({ name, ms });
    return out;
  }

  async shot(page, name) {
    await page.screenshot({ path: join(this.artifacts, `${name}.png`) });
  }

  report(file, extra = {}) {
    const slowest = [...this.interactions].sort((a, b) => b.ms - a.ms)[0] || null;
    const out = {
      when: new Date().toISOString(),
      viewport: '1366x768',
      page_loads_ms: this.pageLoads,
      page_load_max_ms: Math.max(0, ...this.pageLoads.map((p) => p.ms)),
      interactions_ms: this.interactions,
      slowest_interaction: slowest,
      passed: this.passed,
      failed: this.failed,
      failures: this.failures,
      ...extra,
    };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    return out;
  }
}

/** Polls `fn` until it returns a truthy value; throws `message` after `timeout` ms. */
export async function until(fn, message, timeout = 15000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); } catch (e) { last = undefined; }
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The native <input> or <textarea> inside (or at) an element marked data-test=`name`. */
export const input = (page, name) => page.locator(`[data-test="${name}"]`)
  .locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();
export const testid = (page, name) => page.locator(`[data-test="${name}"]`);

/** Picks an option of an Element Plus select by its visible text (typing `type` to filter). */
export async function pickOption(page, selectName, text, { type } = {}) {
  const select = testid(page, selectName).first();
  // Focus the select's own input (a click in its middle may hit a chosen
  // tag's close button, at its right end the clear button); typing opens it.
  if (type) await select.locator('input').first().focus(); else await select.click();
  if (type) await page.keyboard.type(type);
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: text }).first();
  await option.waitFor({ state: 'visible', timeout: 10000 });
  await option.click();
  await until(async () => ((await select.textContent()) || '').includes(text), `option ${text} selected`, 5000);
}
