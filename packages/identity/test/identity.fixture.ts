/**
 * What the identity tests share: an ORM over the suite's database, a clock the test moves by hand,
 * a fresh signing key, and a service built from them; plus accounts with unique names so test
 * files never step on each other's throttles.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/core';
import { openOrm, type SigningKeyPair } from '@lifeline/subgraph-runtime';
import { createIdentityService, identityDatabase, type IdentityService, type IdentityServiceOptions, type NewUserAccount } from '../src';
import { testDatabaseUrl } from '@lifeline/subgraph-runtime/testing';
import { MIN_SCRYPT_LOG_N } from '../src/password.hasher';

/** The demo password the suite seeds with. */
export const TEST_DEMO_PASSWORD = 'demo-password-for-tests';

/** A clock that only moves when told to. */
export class ManualClock {
  constructor(public ms = Date.parse('2026-11-29T08:00:00Z')) {}
  readonly now = (): number => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

/** A fresh ES256 key pair. */
export function newSigningKeys(kid = `test-${randomUUID()}`): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKey, kid };
}

/** The password-hash cost of the suites: the lowest a deployment may configure (`PASSWORD_HASH_LOG_N=10`). */
export const TEST_PASSWORD_COST = { logN: MIN_SCRYPT_LOG_N, r: 8, p: 1 } as const;

export interface TestIdentity {
  orm: MikroORM;
  clock: ManualClock;
  keys: SigningKeyPair;
  service: IdentityService;
  /** Builds another service over the same database and clock (other options overridden). */
  serviceWith(options: Partial<IdentityServiceOptions>): IdentityService;
  close(): Promise<void>;
}

/** Opens the suite's database and a service over it with a manual clock. */
export async function openTestIdentity(options: Partial<IdentityServiceOptions> = {}): Promise<TestIdentity> {
  const orm = await openOrm({
    name: identityDatabase.name,
    clientUrl: testDatabaseUrl(),
    entities: identityDatabase.entities,
    migrationsPath: identityDatabase.migrationsPath,
    poolSize: 4,
  });
  const clock = new ManualClock();
  const keys = newSigningKeys();
  // Hashes at the lowest cost a deployment may configure: the suites sign in hundreds of times, and
  // the production cost itself is covered by the hasher's own tests.
  const base: IdentityServiceOptions = { orm, signingKeys: keys, issuer: 'lifeline', audience: 'lifeline-api', now: clock.now, passwordCost: TEST_PASSWORD_COST, ...options };
  return {
    orm,
    clock,
    keys,
    service: createIdentityService(base),
    serviceWith: (overrides) => createIdentityService({ ...base, ...overrides }),
    close: () => orm.close(true),
  };
}

let counter = 0;

/** A unique username for one test. */
export function uniqueUsername(prefix: string): string {
  counter += 1;
  return `${prefix}.${process.pid}.${counter}.${randomUUID().slice(0, 8)}`;
}

/** Creates an account with a unique name and returns its name and password. */
export async function createTestAccount(service: IdentityService, overrides: Partial<NewUserAccount> = {}): Promise<{ username: string; password: string }> {
  const username = overrides.username ?? uniqueUsername('staff');
  const password = overrides.password ?? `pw-${randomUUID()}`;
  await service.createUserAccount({
    displayName: 'Test Staff',
    agency: 'CIVIL_AFFAIRS',
    orgUnit: 'station-1',
    jurisdiction: '379900',
    roles: ['CENTER_STAFF'],
    ...overrides,
    username,
    password,
  });
  return { username, password };
}
