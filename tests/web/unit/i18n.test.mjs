// The message catalogues: every key the app uses exists in Chinese and
// English, both catalogues have the same keys, and no Chinese text is written
// into components or modules outside the catalogues (STYLE habit 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../../web/src/', import.meta.url));
const zh = (await import(join(src, 'i18n/zh.js'))).default;
const en = (await import(join(src, 'i18n/en.js'))).default;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  }).filter((p) => /\.(vue|js)$/.test(p));
}
function keys(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const lookup = (cat, key) => key.split('.').reduce((n, p) => (n == null ? n : n[p]), cat);
const stripComments = (text) => text
  .replace(/<!--[\s\S]*?-->/g, '')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const sources = files(src).filter((p) => !relative(src, p).startsWith('i18n'));

test('Chinese and English catalogues have the same keys', () => {
  assert.deepEqual(keys(en).sort(), keys(zh).sort());
});

test('every literal t("…") key exists in the catalogue', () => {
  const missing = [];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z_][\w.]*\w)'\s*[,)]/g)) {
      if (typeof lookup(zh, m[1]) !== 'string') missing.push(`${relative(src, file)}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('dynamic key families exist for every code the API uses', () => {
  for (const family of ['kinds', 'titles', 'ties', 'roles', 'types', 'status', 'violations', 'errors']) {
    assert.equal(typeof zh[family], 'object', family);
  }
  for (const code of ['invalid_argument', 'not_found', 'conflict', 'infeasible', 'unauthorized', 'forbidden', 'network']) {
    assert.equal(typeof zh.errors[code], 'string', code);
  }
});

test('no Chinese text outside the catalogues (comments aside)', () => {
  const offenders = [];
  for (const file of sources) {
    const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(line)) offenders.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test('the app reaches the API only through src/api/client.js', () => {
  const offenders = sources
    .filter((f) => !f.endsWith(join('api', 'client.js')))
    .filter((f) => /\bfetch\(|['"`]\/v1\//.test(stripComments(readFileSync(f, 'utf8'))))
    .map((f) => relative(src, f));
  assert.deepEqual(offenders, []);
});
