/**
 * Rotating the access-token key the identity service owns (the key ring under the data
 * directory): the new key signs from then on, tokens of the old one keep verifying until they
 * expire, the JWKS publishes both meanwhile, a restart finds both, and the old key is dropped once
 * its last token has expired.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminAuditEvent, createAdminConsole, MAX_ACCESS_TOKEN_TTL_SECONDS, openFileSigningKeyRing, type IdentityService } from '../src';
import { createTestAccount, openTestIdentity, TEST_PASSWORD_COST, uniqueUsername, type TestIdentity } from './identity.fixture';

let identity: TestIdentity;
let dir: string;

beforeAll(async () => {
  identity = await openTestIdentity();
  dir = mkdtempSync(join(tmpdir(), 'lifeline-key-ring-'));
});
afterAll(async () => {
  await identity.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A service over the key ring in `dir`, as the bootstrap builds it at start-up. */
function serviceOverRing(): IdentityService {
  const ring = openFileSigningKeyRing(dir, 'access-token', identity.clock.now());
  return identity.serviceWith({ signingKeys: ring.current, previousKeys: ring.previous, newSigningKey: (at) => ring.rotate(at) });
}

const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;

it('signs with the new key, keeps verifying and publishing the old one until its tokens expire, also after a restart', async () => {
  const service = serviceOverRing();
  const admin = createAdminConsole({ orm: identity.orm, keys: service, now: identity.clock.now, passwordCost: TEST_PASSWORD_COST });
  const account = await createTestAccount(service);
  const before = await service.login(account.username, account.password);
  if (!before.ok) throw new Error(before.code);
  const oldKid = kidOf(before.accessToken);
  expect(service.signingKeyRotation).toBe(true);

  const actor = { id: uniqueUsername('admin'), kind: 'user' as const, requestId: 'rotation-test' };
  const rotated = await admin.rotateSigningKey(actor);
  if (!rotated.ok) throw new Error(rotated.code);
  expect(rotated.previousKid).toBe(oldKid);
  expect(rotated.kid).not.toBe(oldKid);

  const after = await service.login(account.username, account.password);
  if (!after.ok) throw new Error(after.code);
  expect(kidOf(after.accessToken)).toBe(rotated.kid);
  await expect(service.verifyAccessToken(before.accessToken)).resolves.toMatchObject({ id: account.username });
  await expect(service.verifyAccessToken(after.accessToken)).resolves.toMatchObject({ id: account.username });
  expect(service.jwks().keys.map((key) => key.kid)).toEqual([rotated.kid, oldKid]);
  expect(admin.signingKeys().keys).toEqual([
    { kid: rotated.kid, signing: true, verifiesUntil: null },
    { kid: oldKid, signing: false, verifiesUntil: new Date(identity.clock.now() + (MAX_ACCESS_TOKEN_TTL_SECONDS + 5) * 1000).toISOString() },
  ]);

  // A restart reads both keys back: the old token still verifies, new tokens carry the new key.
  const restarted = serviceOverRing();
  await expect(restarted.verifyAccessToken(before.accessToken)).resolves.toMatchObject({ id: account.username });
  await expect(restarted.verifyAccessToken(after.accessToken)).resolves.toMatchObject({ id: account.username });
  expect(restarted.jwks().keys.map((key) => key.kid)).toEqual([rotated.kid, oldKid]);

  // Once every token of the old key has expired, it is neither published nor read back.
  identity.clock.advance(MAX_ACCESS_TOKEN_TTL_SECONDS + 6);
  expect(service.jwks().keys.map((key) => key.kid)).toEqual([rotated.kid]);
  expect(serviceOverRing().jwks().keys.map((key) => key.kid)).toEqual([rotated.kid]);

  const lines = await identity.orm.em.fork().find(AdminAuditEvent, { actor: actor.id });
  expect(lines.map((line) => ({ action: line.action, targetId: line.targetId, outcome: line.outcome, detail: line.detail }))).toEqual([
    { action: 'SIGNING_KEY_ROTATE', targetId: rotated.kid, outcome: 'SUCCEEDED', detail: `previous=${oldKid}` },
  ]);
});
