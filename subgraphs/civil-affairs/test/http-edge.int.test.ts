/**
 * Probes of the civil-affairs HTTP edge, as an attacker on the host would try it: requests
 * without, with a forged, an expired or another subgraph's internal token; federation plumbing
 * without a token; CSRF-style requests; a database that goes away. Nothing is learned and no
 * log line carries SQL, values or hosts; every log line carries a request id.
 */
import { generateKeyPairSync } from 'node:crypto';
import { ANONYMOUS, createLog, ROLES, serveSubgraph, signInternalToken, signJwt, type RunningHttpServer } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

const gatewayKeys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKey, kid: 'probe' };
};
const gateway = gatewayKeys();
const stranger = gatewayKeys();
const logLines: string[] = [];
let subgraph: TestSubgraph<SubgraphContext>;
let http: RunningHttpServer;

const centerStaff = { ...ANONYMOUS, kind: 'user' as const, id: 'center.staff', agency: 'CIVIL_AFFAIRS' as const, roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' };
const token = (audience = 'civil-affairs', keys = gateway) => signInternalToken({ caller: centerStaff, requestId: 'probe-request-1', audience }, keys);

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  http = await serveSubgraph(definition, subgraph.orm, { publicKey: gateway.publicKey, host: '127.0.0.1', port: 0, log: createLog('civil-affairs', 'debug', (line) => logLines.push(line)) });
});
afterAll(async () => {
  await http.close();
  await subgraph.orm.close(true);
});

describe('the subgraph edge', () => {
  const query = { query: '{ persons(first: 1) { totalCount } }' };

  it('answers a request that carries the gateway’s internal token', async () => {
    const ok = await post(query, { authorization: `Bearer ${token()}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).data.persons.totalCount).toBeGreaterThan(0);
  });

  it('refuses with 401 and no data: no token, a forged one, another subgraph’s, an expired one, alg none, identity headers', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = signJwt({ iss: 'lifeline-gateway', aud: 'civil-affairs', iat: now - 120, exp: now - 60, kind: 'user', sub: 'x', roles: ['CENTER_STAFF'] }, gateway.privateKey, 'probe');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${token().split('.')[1]}.`;
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: `Bearer ${token('civil-affairs', stranger)}` },
      { authorization: `Bearer ${token('public-security')}` },
      { authorization: `Bearer ${expired}` },
      { authorization: `Bearer ${none}` },
      { 'x-user-id': 'center.staff', 'x-roles': 'SHELTER_STAFF' },
    ];
    for (const headers of attempts) {
      const refused = await post(query, headers);
      expect(refused.status).toBe(401);
      expect(refused.body).not.toContain('totalCount');
    }
  });

  it('keeps _service and _entities to the gateway', async () => {
    const sdl = await post({ query: '{ _service { sdl } }' });
    expect(sdl.status).toBe(401);
    const entities = await post({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }', variables: { r: [{ __typename: 'Person', id: '00000000-0000-4000-8000-000000000000' }] } });
    expect(entities.status).toBe(401);
  });

  it('refuses a mutation over GET and a form-encoded POST (CSRF), changing nothing', async () => {
    const mutation = 'mutation { reportStreetSighting(input: { source: HOTLINE, description: "x", latitude: 30, longitude: 114, address: "x", district: "379901" }) { __typename } }';
    const [before] = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from street_report');
    const viaGet = await fetch(`${http.url}?query=${encodeURIComponent(mutation)}`, { headers: { authorization: `Bearer ${token()}`, 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(405);
    const form = await fetch(http.url, { method: 'POST', headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(mutation)}` });
    expect(form.status).toBe(400);
    const [after] = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>('select count(*) as n from street_report');
    expect(after).toEqual(before);
  });

  it('masks a database failure: a generic error, no SQL, host or values in the response or the logs', async () => {
    logLines.length = 0;
    const broken = await post(
      { query: 'query($s: String) { persons(first: 1, filter: { search: $s }) { totalCount } }', variables: { s: "王'; select pg_sleep(0); --" } },
      { authorization: `Bearer ${token()}` },
    );
    expect(broken.status).toBe(200);
    await subgraph.orm.close(true);
    const down = await post(query, { authorization: `Bearer ${token()}` });
    const body = JSON.parse(down.body);
    expect(body.errors[0]).toEqual({ message: 'Internal server error', path: ['persons'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(down.body).not.toMatch(/select |127\.0\.0\.1|postgres|\.js:\d/i);
    const ready = await fetch(http.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect(line).not.toMatch(/select |insert |127\.0\.0\.1|王/i);
      expect(JSON.parse(line).requestId).toEqual(expect.any(String));
    }
  });
});
