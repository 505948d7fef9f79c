// The API client against a fake fetch: routes and methods, the error shape,
// and the write token (asked once, kept in session storage, never in a URL,
// forgotten on 401).
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

const store = new Map();
globalThis.sessionStorage = {
  getItem: (k) => (store.has(k) ? store.get(k) : null),
  setItem: (k, v) => store.set(k, String(v)),
  removeItem: (k) => store.delete(k),
};
let calls = [];
let replies = [];
globalThis.fetch = async (url, init) => {
  calls.push({ url, ...init });
  const [status, body] = replies.shift() || [200, {}];
  return { ok: status < 300, status, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
};
const api = await import(new URL('../../../web/src/api/client.js', import.meta.url).href);

beforeEach(() => { calls = []; replies = []; store.clear(); api.setTokenPrompt(null); });

test('reads: query strings skip empty values; no token is sent', async () => {
  api.token.set('secret');
  replies.push([200, { items: [], total: 0 }]);
  await api.listOrganizations({ kind: 'enterprise', leading: true, text: '光刻', zone: '', limit: 10 });
  assert.equal(calls[0].url, `/v1/organizations?kind=enterprise&leading=true&text=${encodeURIComponent('光刻')}&limit=10`);
  assert.equal(calls[0].method, 'GET');
  assert.equal(calls[0].headers.Authorization, undefined);
});

test('an expert is read with the stored token (for contacts) but a read never prompts', async () => {
  let asked = 0;
  api.setTokenPrompt(async () => { asked += 1; return 'x'; });
  replies.push([200, { id: 1 }], [200, { id: 1 }]);
  await api.getExpert(1);
  assert.equal(calls[0].headers.Authorization, undefined);
  api.token.set('tok');
  await api.getExpert(1);
  assert.equal(calls[1].headers.Authorization, 'Bearer tok');
  assert.equal(asked, 0);
});

test('errors become ApiError with code, field and the rest of the body', async () => {
  replies.push([422, { error: { code: 'infeasible', message: 'no park', field: 'park', relaxation: 'widen', eligible: 0 } }]);
  await assert.rejects(api.suggestConsortium({ type: 'regional' }), (e) => {
    assert.equal(e.name, 'ApiError');
    assert.equal(e.status, 422);
    assert.equal(e.code, 'infeasible');
    assert.equal(e.field, 'park');
    assert.deepEqual(e.details, { relaxation: 'widen', eligible: 0 });
    return true;
  });
  replies.push([502, '<html>bad gateway</html>']);
  await assert.rejects(api.programme(), (e) => e.code === 'http_502' && e.status === 502);
});

test('a write asks for the token once, sends it as a bearer header, not in the URL', async () => {
  let asked = 0;
  api.setTokenPrompt(async () => { asked += 1; return 'tok-1'; });
  replies.push([201, { id: 5 }], [200, { id: 5 }]);
  await api.createConsortium({ type: 'industrial' });
  await api.updateConsortium(5, { team: { leader_id: 1, members: [] } });
  assert.equal(asked, 1);
  assert.equal(calls[0].headers.Authorization, 'Bearer tok-1');
  assert.ok(!calls[0].url.includes('tok-1') && !calls[1].url.includes('tok-1'));
  // Updates go out as PATCH, the documented partial update.
  assert.equal(calls[1].method, 'PATCH');
  assert.equal(calls[1].url, '/v1/consortia/5');
  assert.equal(store.get('consortia.token'), 'tok-1');
});

test('a 401 forgets the token (the next write asks again); no prompt answer means no request', async () => {
  api.token.set('wrong');
  replies.push([401, { error: { code: 'unauthorized', message: 'wrong token', field: 'Authorization' } }]);
  await assert.rejects(api.assessConsortium(3, { year: 2026, passed: false }), (e) => e.status === 401);
  assert.equal(api.token.get(), '');
  api.setTokenPrompt(async () => null);
  await assert.rejects(api.createConsortium({}), (e) => e.code === 'token_missing');
  assert.equal(calls.length, 1);
});

test('the application draft comes back as text, in either format', async () => {
  replies.push([200, '# 申请表']);
  assert.equal(await api.applicationDraft(3, 'md'), '# 申请表');
  assert.equal(calls[0].url, '/v1/consortia/3/application?format=md');
  assert.equal(api.applicationUrl(3, 'html'), '/v1/consortia/3/application?format=html');
});
