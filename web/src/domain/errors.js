// API errors in the user's language: which field they name, and a sentence
// that says what went wrong and what to do. The server's own message is kept
// as the detail (it is English today).
import { t, has, paren } from '../i18n/index.js';

/** The top-level field an error names: "members[2].id" -> "members", "team.leader_id" -> "team". */
export function rootField(field) {
  if (!field) return '';
  return String(field).split(/[.[]/)[0];
}

/** Whether an error belongs beside the input called `name` (exact or as a prefix). */
export function errorFor(err, ...names) {
  if (!err || !err.field) return null;
  const f = String(err.field);
  return names.some((n) => f === n || f.startsWith(`${n}.`) || f.startsWith(`${n}[`)) ? err : null;
}

/** Member index an error names, e.g. "team.members[4]" -> 4, or -1. */
export function indexInField(field, list = 'members') {
  const m = new RegExp(`${list}\\[(\\d+)\\]`).exec(String(field || ''));
  return m ? Number(m[1]) : -1;
}

export function fieldLabel(field) {
  const root = rootField(field);
  if (has(`fieldNames.${field}`)) return t(`fieldNames.${field}`);
  if (has(`fieldNames.${root}`)) return t(`fieldNames.${root}`);
  return field || '';
}

/**
 * {title, detail, field}: title is a sentence in the current language, detail
 * the server's message (and a suggested relaxation when the rules cannot be met).
 */
export function describeError(err) {
  if (!err) return null;
  const code = err.code || 'unknown';
  const key = has(`errors.${code}`) ? `errors.${code}` : (err.status >= 500 ? 'errors.server' : 'errors.unknown');
  let title = t(key, { status: err.status || '' });
  if (err.field && code !== 'unauthorized' && code !== 'forbidden') {
    title = `${title}${paren(t('errors.field', { field: fieldLabel(err.field) }))}`;
  }
  const parts = [];
  if (err.message && err.message !== code) parts.push(err.message);
  const d = err.details || {};
  if (d.relaxation) parts.push(`${t('errors.relaxation')}: ${d.relaxation}`);
  if (d.eligible !== undefined && d.required !== undefined) {
    parts.push(t('errors.eligible', { eligible: d.eligible, required: d.required }));
  }
  return { title, detail: parts.join(' · '), field: err.field || '', code };
}
