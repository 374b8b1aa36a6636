import { type IncomingMessage } from 'node:http';
import { ANONYMOUS, HttpError } from '@lifeline/subgraph-runtime';
import { bearerAuthenticator } from '../src';
import { createTestAccount, openTestIdentity, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;

beforeAll(async () => {
  identity = await openTestIdentity();
});
afterAll(() => identity.close());

const request = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

async function challenge(authorization: string): Promise<HttpError> {
  try {
    await bearerAuthenticator(identity.service)(request(authorization));
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('the request was accepted');
}

describe('the gateway’s bearer authenticator', () => {
  it('turns a valid access token into its caller', async () => {
    const { username, password } = await createTestAccount(identity.service, { roles: ['AUDITOR'], agency: 'OVERSIGHT' });
    const result = await identity.service.login(username, password);
    if (!result.ok) throw new Error(result.code);
    await expect(bearerAuthenticator(identity.service)(request(`Bearer ${result.accessToken}`))).resolves.toMatchObject({ id: username, roles: ['AUDITOR'] });
  });

  it('treats a request without a token as anonymous', async () => {
    await expect(bearerAuthenticator(identity.service)(request())).resolves.toBe(ANONYMOUS);
  });

  it('answers an invalid token with 401 invalid_token, never with anonymous', async () => {
    const error = await challenge('Bearer eyJhbGciOiJub25lIn0.e30.');
    expect(error.status).toBe(401);
    expect(error.headers['www-authenticate']).toBe('Bearer realm="lifeline", error="invalid_token"');
    expect((await challenge('Basic dXNlcjpwYXNz')).headers['www-authenticate']).toMatch(/error="invalid_request"/);
  });
});
