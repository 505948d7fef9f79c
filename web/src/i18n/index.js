// Messages: every user-visible string of the app lives in zh.js (Chinese, the
// default) and en.js (the English toggle), the way Element Plus ships its
// locales. t('a.b', {n: 3}) looks a key up in the current locale, falls back
// to Chinese, and fills {n}-style parameters.
import { computed, ref } from 'vue';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import enEl from 'element-plus/es/locale/lang/en';
import zh from './zh.js';
import en from './en.js';

const catalogues = { zh, en };
const LOCALE_KEY = 'consortia.locale';

function initialLocale() {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved && catalogues[saved]) return saved;
  } catch { /* no storage */ }
  return 'zh';
}

export const locale = ref(initialLocale());
export const elementLocale = computed(() => (locale.value === 'en' ? enEl : zhCn));

export function setLocale(value) {
  locale.value = catalogues[value] ? value : 'zh';
  try { localStorage.setItem(LOCALE_KEY, locale.value); } catch { /* no storage */ }
  document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';
}

function lookup(catalogue, key) {
  let node = catalogue;
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

/** Whether a key exists (in Chinese, the reference catalogue). */
export function has(key) { return typeof lookup(zh, key) === 'string'; }

export function t(key, params) {
  let text = lookup(catalogues[locale.value], key);
  if (typeof text !== 'string') text = lookup(zh, key);
  if (typeof text !== 'string') return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined ? m : String(params[name])));
}

/** Text in the locale's brackets: （x） in Chinese, (x) in English. */
export function paren(x) { return `${t('punct.open')}${x}${t('punct.close')}`; }

/** Picks the Chinese or English name of a record or taxonomy entry. */
export function nameOf(entry) {
  if (!entry) return '';
  if (locale.value === 'en' && entry.name_en) return entry.name_en;
  return entry.name || entry.code || '';
}
