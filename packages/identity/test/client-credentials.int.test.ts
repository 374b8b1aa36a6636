import { ServiceClient } from '../src';
import { openTestIdentity, uniqueUsername, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;
let clientId: string;
let clientSecret: string;

beforeAll(async () => {
  identity = await openTestIdentity();
  clientId = uniqueUsername('partner-system');
  ({ clientSecret } = await identity.service.createServiceClient({
    clientId,
    displayName: 'A partner system',
    agency: 'PUBLIC_SECURITY',
    jurisdiction: '379900',
    allowedScopes: ['read:persons', 'read:stations'],
  }));
});
afterAll(() => identity.close());

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('the client credentials grant', () => {
  it('issues a service token to a client authenticating with HTTP Basic, with all its scopes by default', async () => {
    const result = await identity.service.clientCredentials({ authorization: basic(clientId, clientSecret), form: form({ grant_type: 'client_credentials' }) });
    if (!result.ok) throw new Error(result.error);
    expect(result.token).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'read:persons read:stations' });
    expect(await identity.service.verifyAccessToken(result.token.access_token)).toEqual({
      kind: 'service',
      id: clientId,
      agency: 'PUBLIC_SECURITY',
      orgUnit: null,
      jurisdiction: '379900',
      roles: ['INTEGRATION'],
      scopes: ['read:persons', 'read:stations'],
    });
  });

  it('issues a narrower token to a client authenticating in the form body that asks for fewer scopes', async () => {
    const result = await identity.service.clientCredentials({
      form: form({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'read:stations' }),
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.token.scope).toBe('read:stations');
    expect((await identity.service.verifyAccessToken(result.token.access_token)).scopes).toEqual(['read:stations']);
  });

  it('stores only a hash of the secret', async () => {
    const row = await identity.orm.em.fork().findOneOrFail(ServiceClient, { clientId });
    expect(row.secretHash).toMatch(/^sha256\$/);
    expect(row.secretHash).not.toContain(clientSecret);
  });

  it('answers a wrong secret, an unknown client and a disabled client with 401 invalid_client', async () => {
    const wrong = await identity.service.clientCredentials({ authorization: basic(clientId, 'llcs_wrong'), form: form({ grant_type: 'client_credentials' }) });
    const unknown = await identity.service.clientCredentials({ authorization: basic('no-such-client', clientSecret), form: form({ grant_type: 'client_credentials' }) });
    const missing = await identity.service.clientCredentials({ form: form({ grant_type: 'client_credentials' }) });
    for (const result of [wrong, unknown, missing]) expect(result).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });

    const disabledId = uniqueUsername('disabled-system');
    const disabled = await identity.service.createServiceClient({ clientId: disabledId, displayName: 'Old', agency: 'CIVIL_AFFAIRS', allowedScopes: ['read:stations'] });
    await identity.orm.em.fork().nativeUpdate(ServiceClient, { clientId: disabledId }, { disabled: true });
    expect(await identity.service.clientCredentials({ authorization: basic(disabledId, disabled.clientSecret), form: form({ grant_type: 'client_credentials' }) })).toMatchObject({
      ok: false,
      error: 'invalid_client',
    });
  });

  it('refuses to create a client with a scope the scope table lacks, or a write scope of another agency, storing nothing', async () => {
    const create = (id: string, allowedScopes: string[]) =>
      identity.service.createServiceClient({ clientId: id, displayName: 'Partner', agency: 'FOREIGN_AFFAIRS', allowedScopes });
    const unknown = uniqueUsername('unknown-scope');
    await expect(create(unknown, ['read:persons', 'read:everything'])).rejects.toThrow(/unknown scopes: read:everything/);
    const foreign = uniqueUsername('foreign-scope');
    await expect(create(foreign, ['write:identity-checks'])).rejects.toThrow(/scopes of another agency: write:identity-checks/);
    expect(await identity.orm.em.fork().count(ServiceClient, { clientId: { $in: [unknown, foreign] } })).toBe(0);
    const own = uniqueUsername('own-scope');
    await create(own, ['write:foreign-affairs-notifications']);
    expect(await identity.orm.em.fork().count(ServiceClient, { clientId: own })).toBe(1);
  });

  it('refuses a scope the client may not have with invalid_scope', async () => {
    const result = await identity.service.clientCredentials({
      authorization: basic(clientId, clientSecret),
      form: form({ grant_type: 'client_credentials', scope: 'read:persons write:persons' }),
    });
    expect(result).toEqual({ ok: false, status: 400, error: 'invalid_scope', error_description: 'scope not allowed for this client: write:persons' });
  });

  it('refuses other grant types, a missing grant type, repeated parameters and two authentication methods', async () => {
    const auth = basic(clientId, clientSecret);
    expect(await identity.service.clientCredentials({ authorization: auth, form: form({ grant_type: 'password' }) })).toMatchObject({ status: 400, error: 'unsupported_grant_type' });
    expect(await identity.service.clientCredentials({ authorization: auth, form: form({}) })).toMatchObject({ status: 400, error: 'invalid_request' });
    expect(await identity.service.clientCredentials({ authorization: auth, form: new URLSearchParams('grant_type=client_credentials&scope=read:persons&scope=read:stations') })).toMatchObject({
      status: 400,
      error: 'invalid_request',
    });
    expect(await identity.service.clientCredentials({ authorization: auth, form: form({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }) })).toMatchObject({
      status: 400,
      error: 'invalid_request',
    });
  });
});
