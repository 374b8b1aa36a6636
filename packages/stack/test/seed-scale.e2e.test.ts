/**
 * `npm run seed:scale` builds a consistent region: run small (three copies of the demo region) on
 * the PostgreSQL server, every reference between agencies meets, every copied case names a copied
 * person, ID numbers are valid and unique, the person tally matches the persons, and each agency's
 * audit chain, seeded lines included, verifies from its first line. Needs a PostgreSQL server
 * (`DATABASE_URL`, as CI runs the suite): the scale region lives in databases of its own.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { auditHash, GENESIS_HASH, serverDatabaseName } from '@lifeline/subgraph-runtime';
import { Client } from 'pg';
import { inheritedEnvironment, REPO_ROOT, testDatabaseUrl } from '../src/config';
import { resetServerDatabases } from '../src/server-databases';
import { SUBGRAPHS, type SubgraphName } from '../src/stack-services';

const PREFIX = 'lifeline_scaletest';
const serverUrl = testDatabaseUrl();

function runSeed(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'packages/stack/dist/scale/seed-scale.js'), '--persons', '720', '--audit-rows', '3000'], {
      cwd: REPO_ROOT,
      env: { ...inheritedEnvironment(), DATABASE_URL: databaseUrl, LIFELINE_DB_PREFIX: PREFIX },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const describeOnServer = serverUrl ? describe : describe.skip;

describeOnServer('seed:scale on a PostgreSQL server', () => {
  const clients = new Map<SubgraphName, Client>();
  const db = (name: SubgraphName) => clients.get(name)!;
  const ids = async (name: SubgraphName, sql: string) => new Set((await db(name).query<{ id: string }>(sql)).rows.map((r) => r.id));

  beforeAll(async () => {
    const { code, output } = await runSeed(serverUrl!);
    expect({ code, tail: output.slice(-600) }).toEqual({ code: 0, tail: expect.stringContaining('seed:scale: done') });
    for (const subgraph of SUBGRAPHS) {
      const url = new URL(serverUrl!);
      url.pathname = `/${serverDatabaseName(subgraph.name, PREFIX)}`;
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      clients.set(subgraph.name, client);
    }
  }, 300_000);

  afterAll(async () => {
    await Promise.allSettled([...clients.values()].map((c) => c.end()));
    await resetServerDatabases(serverUrl!, PREFIX);
  });

  it('copies the demo region three times, every reference meeting its record in whichever agency holds it', async () => {
    const persons = await ids('civil-affairs', `select id::text as id from person`);
    expect(persons.size).toBe(720);
    const missing = async (name: SubgraphName, sql: string) => [...(await ids(name, sql))].filter((id) => !persons.has(id));
    expect(await missing('civil-affairs', `select distinct person_id::text as id from rescue_case`)).toEqual([]);
    expect(await missing('public-security', `select distinct person_id::text as id from identity_check`)).toEqual([]);
    expect(await missing('public-security', `select id::text as id from person_projection`)).toEqual([]);
    // Public security's projection knows every person (the seed waits for its consumer before copying).
    expect((await ids('public-security', `select id::text as id from person_projection`)).size).toBe(720);
    expect(await missing('womens-federation', `select distinct person_id::text as id from shelter_referral where person_id is not null`)).toEqual([]);
    expect(await missing('foreign-affairs', `select distinct person_id::text as id from aid_entrustment where person_id is not null`)).toEqual([]);
    expect(await missing('foreign-affairs', `select id::text as id from person_projection`)).toEqual([]);
    // Every copied child names a copied parent in its own agency.
    const cases = await ids('civil-affairs', `select id::text as id from rescue_case`);
    expect([...(await ids('civil-affairs', `select distinct rescue_case_id::text as id from rescue_case_event`))].filter((id) => !cases.has(id))).toEqual([]);
    const checks = await ids('public-security', `select id::text as id from identity_check`);
    expect([...(await ids('public-security', `select distinct identity_check_id::text as id from identity_check_event`))].filter((id) => !checks.has(id))).toEqual([]);
    // Protection reads the same in civil affairs and in public security's projection.
    const confidential = await ids('civil-affairs', `select id::text as id from person where confidential`);
    const protectedThere = await ids('public-security', `select id::text as id from person_projection where protected`);
    expect([...protectedThere].sort()).toEqual([...confidential].sort());
    expect(confidential.size).toBeGreaterThan(0);
  });

  it('gives every copied person a valid, unique ID number where the demo person had one, and a name with its pinyin', async () => {
    const { rows } = await db('civil-affairs').query<{ id_number: string | null; name: string | null; name_pinyin: string | null; nationality: string | null }>(
      `select id_number, name, name_pinyin, nationality from person`,
    );
    const numbers = rows.map((r) => r.id_number).filter((n): n is string => n !== null);
    expect(numbers.length).toBeGreaterThan(300);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !/^[0-9]{17}[0-9X]$/.test(n) || residentIdCheckCharacter(n.slice(0, 17)) !== n[17])).toEqual([]);
    const chinese = rows.filter((r) => r.name && r.nationality === null);
    expect(chinese.filter((r) => !r.name_pinyin)).toEqual([]);
    expect(new Set(chinese.map((r) => r.name)).size).toBeGreaterThan(chinese.length / 2);
  });

  it('leaves the person tally equal to the standing persons', async () => {
    const tally = await db('civil-affairs').query<{ k: string; n: string }>(
      `select identity_status || '/' || sex || '/' || confidential as k, standing as n from person_tally where standing <> 0 order by 1`,
    );
    const truth = await db('civil-affairs').query<{ k: string; n: string }>(
      `select identity_status || '/' || sex || '/' || confidential as k, count(*) as n from person where record_status = 'ACTIVE' group by 1 order by 1`,
    );
    expect(tally.rows).toEqual(truth.rows);
  });

  it('chains every agency’s audit lines, the seeded ones included, from the first line, with a checkpoint at the last', async () => {
    let seeded = 0;
    for (const subgraph of SUBGRAPHS) {
      const { rows } = await db(subgraph.name).query(`select * from audit_event order by seq`);
      let prevHash = GENESIS_HASH;
      for (const row of rows) {
        const line = {
          at: row.at as Date,
          actor: row.actor as string,
          actorKind: row.actor_kind as string,
          agency: row.agency as string | null,
          roles: row.roles as string,
          requestId: row.request_id as string,
          operation: row.operation as string,
          recordType: row.record_type as string,
          recordId: row.record_id as string | null,
          fields: row.fields as string,
          purpose: row.purpose as string | null,
          outcome: row.outcome as string,
        };
        expect({ agency: subgraph.name, seq: row.seq, chained: row.prev_hash === prevHash && auditHash(prevHash, line) === row.hash }).toEqual({
          agency: subgraph.name,
          seq: row.seq,
          chained: true,
        });
        prevHash = row.hash as string;
      }
      const { rows: checkpoint } = await db(subgraph.name).query(`select hash from audit_checkpoint order by seq desc limit 1`);
      expect(checkpoint[0]?.hash).toBe(prevHash);
      seeded += rows.filter((r) => r.actor_kind === 'user' && r.purpose === null).length;
    }
    expect(seeded).toBeGreaterThanOrEqual(3000);
  });
});
