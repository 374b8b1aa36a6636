import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoRegion } from '@lifeline/demo-region';
import { DEMO_CLIENTS, DEMO_CLIENTS_FILE, DEMO_USERNAMES, seedDemoAccounts, ServiceClient, type DemoClientCredentials } from '../src';
import { TEST_DEMO_PASSWORD, openTestIdentity, type TestIdentity } from './identity.fixture';
import { testEnv } from '@lifeline/subgraph-runtime/testing';

let identity: TestIdentity;
const region = buildDemoRegion();
const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
const clientsFile = join(testEnv('TEST_DATA_DIR'), DEMO_CLIENTS_FILE);

beforeAll(async () => {
  identity = await openTestIdentity();
});
afterAll(() => identity.close());

async function callerOf(username: string) {
  const result = await identity.service.login(username, TEST_DEMO_PASSWORD);
  if (!result.ok) throw new Error(`${username}: ${result.code}`);
  return identity.service.verifyAccessToken(result.accessToken);
}

describe('the demo accounts', () => {
  it('can all sign in with the demo password', async () => {
    for (const username of DEMO_USERNAMES) await expect(callerOf(username)).resolves.toMatchObject({ kind: 'user', id: username });
  });

  it('place the center staff at the regional center, over the whole city', async () => {
    expect(await callerOf('center.staff')).toEqual({
      kind: 'user',
      id: 'center.staff',
      agency: 'CIVIL_AFFAIRS',
      orgUnit: center.id,
      jurisdiction: region.city.code,
      roles: ['CENTER_STAFF'],
      scopes: [],
    });
  });

  it('place the county staff at one county’s station, over that county only', async () => {
    const caller = await callerOf('county.staff');
    const station = region.stations.find((s) => s.id === caller.orgUnit)!;
    expect(station).toMatchObject({ kind: 'COUNTY_STATION', jurisdiction: caller.jurisdiction });
    expect(caller.jurisdiction).not.toBe(region.city.code);
    expect(caller.roles).toEqual(['STATION_STAFF']);
  });

  it('give each job its agency and role', async () => {
    const expected: Record<string, [string, string]> = {
      'shelter.staff': ['CIVIL_AFFAIRS', 'SHELTER_STAFF'],
      'police.officer': ['PUBLIC_SECURITY', 'POLICE_OFFICER'],
      'forensic.officer': ['PUBLIC_SECURITY', 'FORENSIC_OFFICER'],
      'wf.caseworker': ['WOMENS_FEDERATION', 'WF_CASEWORKER'],
      'fao.officer': ['FOREIGN_AFFAIRS', 'FAO_OFFICER'],
      auditor: ['OVERSIGHT', 'AUDITOR'],
      admin: ['OVERSIGHT', 'ADMIN'],
    };
    for (const [username, [agency, role]] of Object.entries(expected)) {
      expect(await callerOf(username)).toMatchObject({ agency, roles: [role], jurisdiction: region.city.code });
    }
  });
});

describe('the demo integration clients', () => {
  it('have generated secrets in a file only its owner can read, and those secrets work', async () => {
    expect(statSync(clientsFile).mode & 0o777).toBe(0o600);
    const { clients } = JSON.parse(readFileSync(clientsFile, 'utf8')) as { clients: DemoClientCredentials[] };
    expect(clients.map((c) => c.clientId)).toEqual(DEMO_CLIENTS.map((c) => c.clientId));
    expect(new Set(clients.map((c) => c.clientSecret)).size).toBe(clients.length);
    for (const client of clients) {
      const result = await identity.service.clientCredentials({
        form: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }),
      });
      if (!result.ok) throw new Error(`${client.clientId}: ${result.error}`);
      expect(await identity.service.verifyAccessToken(result.token.access_token)).toMatchObject({
        kind: 'service',
        id: client.clientId,
        agency: client.agency,
        roles: ['INTEGRATION'],
        scopes: client.scopes,
      });
    }
  });

  it('are not created again, nor their file rewritten, when they exist', async () => {
    const before = readFileSync(clientsFile, 'utf8');
    const again = await seedDemoAccounts({ service: identity.service, orm: identity.orm }, { password: 'another-password', dataDir: testEnv('TEST_DATA_DIR') });
    expect(again).toEqual({ accounts: [], clients: [], clientsFile: null });
    expect(readFileSync(clientsFile, 'utf8')).toBe(before);
  });

  it('get the scopes of the scope table back when seeded before it changed, keeping their secrets', async () => {
    const em = identity.orm.em.fork();
    const system = await em.findOneOrFail(ServiceClient, { clientId: 'public-security-system' });
    const secretHash = system.secretHash;
    system.allowedScopes = ['read:identity-checks'];
    await em.flush();
    await seedDemoAccounts({ service: identity.service, orm: identity.orm }, { password: TEST_DEMO_PASSWORD, dataDir: testEnv('TEST_DATA_DIR') });
    const after = await identity.orm.em.fork().findOneOrFail(ServiceClient, { clientId: 'public-security-system' });
    expect(after.allowedScopes).toEqual(DEMO_CLIENTS.find((c) => c.clientId === 'public-security-system')!.allowedScopes);
    expect(after.allowedScopes).toContain('write:identity-checks');
    expect(after.secretHash).toBe(secretHash);
  });

  it('let civil affairs’ system register documents by automatic persisted queries, and keep the others to the default, at every seed', async () => {
    const em = identity.orm.em.fork();
    const civilAffairs = await em.findOneOrFail(ServiceClient, { clientId: 'civil-affairs-system' });
    civilAffairs.documentPolicy = 'FREE_TEXT';
    await em.flush();
    await seedDemoAccounts({ service: identity.service, orm: identity.orm }, { password: TEST_DEMO_PASSWORD, dataDir: testEnv('TEST_DATA_DIR') });
    const policies = await identity.orm.em.fork().find(ServiceClient, { clientId: { $in: DEMO_CLIENTS.map((c) => c.clientId) } }, { orderBy: { clientId: 'asc' } });
    expect(Object.fromEntries(policies.map((c) => [c.clientId, c.documentPolicy]))).toEqual({
      'civil-affairs-system': 'AUTOMATIC_PERSISTED_QUERIES',
      'foreign-affairs-system': 'FREE_TEXT',
      'public-security-system': 'FREE_TEXT',
      'womens-federation-system': 'FREE_TEXT',
    });
  });
});
