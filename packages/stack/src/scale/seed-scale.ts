/**
 * `npm run seed:scale -- --persons 1000000 [--audit-rows 10000000]`: fills a PostgreSQL server with
 * a region at a city's real size, for the scale benchmark (`npm run bench:scale`).
 *
 * 1. Drops and recreates the databases `<prefix>_<agency>` and `<prefix>_identity` (prefix
 *    `LIFELINE_DB_PREFIX`, default `lifeline_scale`; never `lifeline`), and starts the stack once
 *    on them: every migration runs and the demo region (240 persons across the four agencies, the
 *    stations, the accounts) is seeded as on any first start.
 * 2. Multiplies the demo region's person-bound records block by block, in every agency at once:
 *    block `b` is a copy of the demo's persons, cases, case events, access grants, tracing records
 *    and missing-person reports (civil affairs), identity checks with their events and samples and
 *    the person projection (public security), shelter referrals with their children and services
 *    (women's federation), entrustments with their versions, items, deliveries and events and the
 *    person projection (foreign affairs). Every id a copied row holds that names another copied
 *    record becomes `md5(id:b)`, in whichever agency's database it stands, so that references across
 *    agencies still meet; ids of the region's fixed parts (stations, places, accounts) stay. Each
 *    block lies further in the past (the blocks spread over a year), its work concluded: cases
 *    exited, identity checks concluded, referrals closed, entrustments expired. Chinese names are
 *    drawn from a pool of synthetic names with their pinyin; ID numbers stay valid and unique.
 * 3. Appends the audit rows (half civil affairs', a quarter public security's, the rest the women's
 *    federation's and foreign affairs'), chained by their hashes exactly as the services chain
 *    them, spread over the same year, and records the chain's checkpoint at the last row (the
 *    seeder wrote and hashed every row, as a full verification would have read them).
 * 4. VACUUM ANALYZE, so the planner knows the sizes.
 *
 * What it writes goes straight into the agencies' tables, as a data migration would: the exchange's
 * feed holds only the demo's own events, so `exchange reconcile` on a scale database reports the
 * copies as rows no event implies.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditHash, GENESIS_HASH, serverDatabaseName } from '@lifeline/subgraph-runtime';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { z } from 'zod';
import { exitWhenDone } from '../command-exit';
import { readScaleSeedConfig, REPO_ROOT } from '../config';
import { resetServerDatabases } from '../server-databases';
import { startStack } from '../stack';
import { type SubgraphName } from '../stack-services';
import { Progress } from './progress';
import { scaleNamePool } from './scale-names';

/** The tables copied per agency, parents before children. */
const CLONED: Record<SubgraphName, readonly string[]> = {
  'civil-affairs': ['person', 'rescue_case', 'rescue_case_event', 'person_access_grant', 'tracing_record', 'missing_person_report', 'shelter_referral_projection'],
  'public-security': ['person_projection', 'identity_check', 'identity_check_event', 'biometric_sample'],
  'womens-federation': ['shelter_referral', 'shelter_referral_child', 'referral_service'],
  'foreign-affairs': ['person_projection', 'aid_entrustment', 'aid_entrustment_version', 'entrusted_aid_item', 'aid_delivery', 'aid_entrustment_event'],
};

/** Column expressions that differ from a plain copy (`t` is the template row, `b` the block, `nm` the drawn name). */
const OVERRIDES: Record<string, Record<string, string>> = {
  person: {
    name: `case when t.name is not null and t.nationality is null then nm.name else t.name end`,
    name_pinyin: `case when t.name is not null and t.nationality is null then nm.pinyin else t.name_pinyin end`,
    name_initials: `case when t.name is not null and t.nationality is null then nm.initials else t.name_initials end`,
    birth_date: `t.birth_date + ((b / 500 - 4) * 366)`,
    id_number: `case when t.id_number is null or t.id_number !~ '^[0-9]{17}[0-9X]$' then null else pg_temp.resident_id(
      left(t.id_number, 6) || to_char(to_date(substr(t.id_number, 7, 8), 'YYYYMMDD') + ((b / 500 - 4) * 366), 'YYYYMMDD')
      || lpad(((b % 500) * 2 + case when t.sex = 'FEMALE' then 0 else 1 end)::text, 3, '0')) end`,
  },
  rescue_case: {
    status: `case when t.status in ('EXITED', 'REFUSED') then t.status else 'EXITED' end`,
    exit_reason: `case when t.status in ('EXITED', 'REFUSED') then t.exit_reason else 'RETURNED_HOME' end`,
    exit_at: `case when t.status in ('EXITED', 'REFUSED') then t.exit_at - b * $shift::interval else t.intake_at - b * $shift::interval + interval '6 days' end`,
    place_id: `null`,
    extended_until: `null`,
  },
  identity_check: {
    status: `case when t.status in ('MATCHED', 'NO_MATCH', 'INCONCLUSIVE') then t.status else 'INCONCLUSIVE' end`,
    concluded_at: `coalesce(t.concluded_at, t.requested_at + interval '3 days') - b * $shift::interval`,
  },
  biometric_sample: { sample_code: `t.sample_code || '-' || b` },
  shelter_referral: {
    status: `case when t.status = 'SUBMITTED' then 'CLOSED' else t.status end`,
    idempotency_key: `null`,
  },
  aid_entrustment: {
    document_number: `t.document_number || '-' || b`,
    status: `case when t.status in ('FULFILLED', 'REVOKED', 'EXPIRED') then t.status else 'EXPIRED' end`,
  },
};

/**
 * What the copy needs to know of each agency: its per-person records (the template table whose
 * rows the audit lines name, and their record type), its name in the audit trail, its share of
 * the audit rows, and who reads those records.
 */
const AGENCY_COPY: Record<SubgraphName, { recordTable: string; recordType: string; auditAgency: string; auditShare: number; readers: Array<{ actor: string; roles: string }> }> = {
  'civil-affairs': {
    recordTable: 'person',
    recordType: 'Person',
    auditAgency: 'CIVIL_AFFAIRS',
    auditShare: 0.5,
    readers: [
      { actor: 'center.staff', roles: 'CENTER_STAFF' },
      { actor: 'county.staff', roles: 'STATION_STAFF' },
      { actor: 'shelter.staff', roles: 'SHELTER_STAFF' },
    ],
  },
  'public-security': {
    recordTable: 'identity_check',
    recordType: 'IdentityCheck',
    auditAgency: 'PUBLIC_SECURITY',
    auditShare: 0.25,
    readers: [
      { actor: 'police.officer', roles: 'POLICE_OFFICER' },
      { actor: 'forensic.officer', roles: 'FORENSIC_OFFICER' },
    ],
  },
  'womens-federation': {
    recordTable: 'shelter_referral',
    recordType: 'ShelterReferral',
    auditAgency: 'WOMENS_FEDERATION',
    auditShare: 0.1,
    readers: [{ actor: 'wf.caseworker', roles: 'WF_CASEWORKER' }],
  },
  'foreign-affairs': {
    recordTable: 'aid_entrustment',
    recordType: 'AidEntrustment',
    auditAgency: 'FOREIGN_AFFAIRS',
    auditShare: 0.15,
    readers: [{ actor: 'fao.officer', roles: 'FAO_OFFICER' }],
  },
};
const AUDIT_CHUNK = 10_000;
const NAME_POOL_SIZE = 60_000;
const HISTORY_DAYS = 365;

const args = z.object({
  persons: z.coerce.number().int().min(240).max(20_000_000).default(1_000_000),
  auditRows: z.coerce.number().int().min(0).max(200_000_000).optional(),
});
function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!match) throw new Error(`seed:scale: unexpected argument ${argv[i]} (use --persons N and --audit-rows N)`);
    const key = match[1]!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out[key] = match[2] ?? argv[(i += 1)] ?? '';
  }
  return out;
}

/** The uuid PostgreSQL's `md5(text)::uuid` gives. */
function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Column {
  name: string;
  type: string;
  hasSequence: boolean;
}

async function columnsOf(client: Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ column_name: string; data_type: string; column_default: string | null }>(
    `select column_name, data_type, column_default from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`seed:scale: no table ${table}`);
  return rows.map((r) => ({ name: r.column_name, type: r.data_type, hasSequence: r.column_default?.startsWith('nextval(') ?? false }));
}

/** The SELECT list copying template row `t` into block `b`. */
function copyExpressions(table: string, columns: readonly Column[]): { names: string[]; exprs: string[] } {
  const overrides = OVERRIDES[table] ?? {};
  const names: string[] = [];
  const exprs: string[] = [];
  for (const column of columns) {
    if (column.hasSequence) continue;
    const q = `t."${column.name}"`;
    let expr = overrides[column.name];
    if (expr === undefined) {
      if (column.type === 'uuid') expr = `case when ${q} in (select id from scale_ids) then md5(${q}::text || ':' || b)::uuid else ${q} end`;
      else if (column.type === 'timestamp with time zone') expr = `${q} - b * $shift::interval`;
      else if (column.type === 'ARRAY' && column.name.endsWith('_ids')) throw new Error(`seed:scale: ${table}.${column.name} holds ids in an array; teach the seeder to map them`);
      else expr = q;
    }
    names.push(`"${column.name}"`);
    exprs.push(expr);
  }
  return { names, exprs };
}

/** Which agencies each agency's exchange consumers read (the projections and references it keeps). */
const CONSUMES: Record<SubgraphName, readonly SubgraphName[]> = {
  'civil-affairs': ['public-security', 'womens-federation'],
  'public-security': ['civil-affairs'],
  'womens-federation': ['civil-affairs'],
  'foreign-affairs': ['civil-affairs', 'public-security'],
};

/**
 * Waits until every agency's consumers have applied all that their sources have published (each
 * consumer's stored position at its source's last outbox position; a consumer that has not stored
 * one yet is behind) and nothing has moved for 3 s.
 */
async function waitForExchange(databaseUrl: string, prefix: string, timeoutMs = 180_000): Promise<void> {
  const names = Object.keys(CLONED) as SubgraphName[];
  const clients = new Map<SubgraphName, Client>();
  for (const name of names) {
    const url = new URL(databaseUrl);
    url.pathname = `/${serverDatabaseName(name, prefix)}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    clients.set(name, client);
  }
  try {
    const deadline = Date.now() + timeoutMs;
    let previous = '';
    let stableSince = 0;
    for (;;) {
      const published = new Map<string, number>();
      const applied: Array<{ consumer: string; source: string; position: number }> = [];
      for (const [name, client] of clients) {
        const { rows: outbox } = await client.query<{ max: string | null }>(`select max(position) as max from exchange_outbox`);
        published.set(name, Number(outbox[0]?.max ?? 0));
        const { rows: offsets } = await client.query<{ source: string; position: string }>(`select source, position from exchange_consumer_offset`);
        applied.push(...offsets.map((o) => ({ consumer: name, source: o.source, position: Number(o.position) })));
      }
      const behind = names.flatMap((consumer) =>
        CONSUMES[consumer]
          .filter((source) => (published.get(source) ?? 0) > 0)
          .map((source) => ({ consumer, source, position: applied.find((a) => a.consumer === consumer && a.source === source)?.position ?? 0 }))
          .filter((a) => a.position < (published.get(a.source) ?? 0)),
      );
      const snapshot = JSON.stringify([...published, ...applied.map((a) => [a.consumer, a.source, a.position])]);
      if (behind.length === 0 && applied.length > 0 && snapshot === previous) {
        if (Date.now() - stableSince >= 3000) return;
      } else {
        previous = snapshot;
        stableSince = Date.now();
      }
      if (Date.now() > deadline) throw new Error(`the exchange did not catch up: ${behind.map((b) => `${b.consumer} at ${b.position} of ${b.source}`).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await Promise.allSettled([...clients.values()].map((c) => c.end()));
  }
}

interface AgencyDb {
  name: SubgraphName;
  client: Client;
}

async function main(): Promise<void> {
  const given = args.parse(parseArgs(process.argv.slice(2)));
  const config = readScaleSeedConfig();
  const blocks = Math.max(1, Math.round(given.persons / 240));
  const auditRows = given.auditRows ?? given.persons * 10;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const prefix = config.dbPrefix;

  console.log(`seed:scale: databases ${prefix}_<agency> on ${new URL(config.databaseUrl).host}; the demo region ×${blocks}, ${auditRows.toLocaleString('en')} audit rows`);
  await resetServerDatabases(config.databaseUrl, prefix);
  const dataDir = join(REPO_ROOT, '.data', `${prefix}-seed`);
  mkdirSync(dataDir, { recursive: true });
  console.log('seed:scale: migrating and seeding the demo region (the stack starts once)…');
  const stack = await startStack({ dataDir, databaseUrl: config.databaseUrl, dbPrefix: prefix, withPortal: false, env: { LOG_LEVEL: 'warn' }, log: () => undefined });
  try {
    // The projections are copied with the rest: the consumers must have applied every event first.
    await waitForExchange(config.databaseUrl, prefix);
  } finally {
    await stack.stop();
  }
  console.log(`seed:scale: demo region in place (${elapsed()})`);

  const dbs: AgencyDb[] = [];
  for (const name of Object.keys(CLONED) as SubgraphName[]) {
    const url = new URL(config.databaseUrl);
    url.pathname = `/${serverDatabaseName(name, prefix)}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    dbs.push({ name, client });
  }
  try {
    // The ids of every record that is copied, in all four databases: a copied row's uuid that is one of them is mapped.
    const templateIds: string[] = [];
    for (const db of dbs) {
      for (const table of CLONED[db.name]) {
        const { rows } = await db.client.query<{ id: string }>(`select id::text as id from "${table}"`);
        templateIds.push(...rows.map((r) => r.id));
      }
    }
    const pool = scaleNamePool(NAME_POOL_SIZE);
    const shift = `${(HISTORY_DAYS * 86_400) / blocks} seconds`;
    const work = new Map<string, number>();
    for (const db of dbs) {
      await db.client.query(`create temp table scale_ids (id uuid primary key)`);
      await db.client.query(`insert into scale_ids select distinct unnest($1::uuid[])`, [templateIds]);
      await db.client.query(`create temp table scale_name (i int primary key, name text, pinyin text, initials text)`);
      await db.client.query(`insert into scale_name select * from unnest($1::int[], $2::text[], $3::text[], $4::text[])`, [
        pool.map((_, i) => i),
        pool.map((n) => n.name),
        pool.map((n) => n.pinyin),
        pool.map((n) => n.initials),
      ]);
      await db.client.query(`create function pg_temp.resident_id(body text) returns text language sql immutable as $$
        select body || substr('10X98765432', 1 + (
          (substr(body,1,1)::int*7 + substr(body,2,1)::int*9 + substr(body,3,1)::int*10 + substr(body,4,1)::int*5 + substr(body,5,1)::int*8
         + substr(body,6,1)::int*4 + substr(body,7,1)::int*2 + substr(body,8,1)::int*1 + substr(body,9,1)::int*6 + substr(body,10,1)::int*3
         + substr(body,11,1)::int*7 + substr(body,12,1)::int*9 + substr(body,13,1)::int*10 + substr(body,14,1)::int*5 + substr(body,15,1)::int*8
         + substr(body,16,1)::int*4 + substr(body,17,1)::int*2) % 11), 1) $$`);
      for (const table of CLONED[db.name]) {
        await db.client.query(`create temp table "tpl_${table}" as select (row_number() over (order by ctid) - 1)::int as scale_k, * from "${table}"`);
        const { rows } = await db.client.query<{ n: string }>(`select count(*) as n from "tpl_${table}"`);
        work.set(`${db.name}/${table}`, Number(rows[0]!.n) * (blocks - 1));
      }
    }

    // The copies are consistent by construction: foreign-key checks and the person tallies' triggers
    // are skipped while copying (the tallies are counted afresh afterwards). Needs a superuser; without
    // one, every row is checked and tallied as it goes, which is slower.
    for (const db of dbs) {
      try {
        await db.client.query(`set session_replication_role = replica`);
      } catch {
        console.log(`seed:scale: ${db.name}: not a superuser, copying with every trigger on`);
      }
    }
    const totalRows = [...work.values()].reduce((a, b) => a + b, 0);
    const progress = new Progress('copying records', totalRows + auditRows);
    // The four agencies at once (each its own connection); per statement about 20,000 rows.
    await Promise.all(dbs.map(async (db) => {
      for (const table of CLONED[db.name]) {
        const perBlock = (work.get(`${db.name}/${table}`) ?? 0) / Math.max(1, blocks - 1);
        if (perBlock === 0) continue;
        const step = Math.max(1, Math.floor(20_000 / perBlock));
        const columns = await columnsOf(db.client, table);
        const { names, exprs } = copyExpressions(table, columns);
        const names_ = table === 'person' ? ' left join scale_name nm on nm.i = ((b::bigint * 7919 + t.scale_k * 104729) % $pool)' : '';
        const select = `select ${exprs.join(', ')} from generate_series($1::int, $2::int) b cross join "tpl_${table}" t${names_}`
          .replaceAll('$shift', `'${shift}'`)
          .replaceAll('$pool', String(pool.length));
        for (let from = 1; from < blocks; from += step) {
          const to = Math.min(blocks - 1, from + step - 1);
          if (table === 'person') {
            // ID numbers are unique: the rare copy whose drawn number is taken keeps none.
            await db.client.query(`create temp table if not exists stage_person as select * from person limit 0`);
            await db.client.query(`insert into stage_person (${names.join(', ')}) ${select}`, [from, to]);
            await db.client.query(
              `update stage_person s set id_number = null where s.id_number in (select id_number from stage_person group by 1 having count(*) > 1)
                 or exists (select 1 from person p where p.id_number = s.id_number)`,
            );
            await db.client.query(`insert into person select * from stage_person`);
            await db.client.query(`truncate stage_person`);
          } else {
            await db.client.query(`insert into "${table}" (${names.join(', ')}) ${select}`, [from, to]);
          }
          progress.advance(perBlock * (to - from + 1), `${db.name} ${table}`);
        }
      }
    }));

    // Audit rows, chained after each agency's last row.
    const { rows: personRows } = await dbs[0]!.client.query<{ id: string }>(`select id::text as id from tpl_person order by scale_k`);
    const now = Date.now();
    const spanMs = HISTORY_DAYS * 86_400_000;
    // The four chains are written at once: this process hashes one while PostgreSQL stores another.
    await Promise.all(dbs.map(async (db) => {
      const count = Math.round(auditRows * AGENCY_COPY[db.name].auditShare);
      if (count === 0) return;
      const { rows: recordRows } = await db.client.query<{ id: string }>(`select id::text as id from "tpl_${AGENCY_COPY[db.name].recordTable}" order by scale_k`);
      const records = recordRows.length > 0 ? recordRows : personRows;
      const { rows: last } = await db.client.query<{ hash: string }>(`select hash from audit_event order by seq desc limit 1`);
      let prevHash = last[0]?.hash ?? GENESIS_HASH;
      const readers = AGENCY_COPY[db.name].readers;
      const chunks = function* (): Generator<string> {
        for (let start = 0; start < count; start += AUDIT_CHUNK) {
          const size = Math.min(AUDIT_CHUNK, count - start);
          const lines: string[] = [];
          for (let j = 0; j < size; j += 1) {
            const i = start + j;
            const reader = readers[i % readers.length]!;
            const block = 1 + (i % Math.max(1, blocks - 1));
            const record = records[(i * 31) % records.length]!.id;
            const row = {
              at: new Date(now - spanMs + Math.floor((i * spanMs) / count)),
              actor: reader.actor,
              actorKind: 'user',
              agency: AGENCY_COPY[db.name].auditAgency,
              roles: reader.roles,
              requestId: md5Uuid(`request:${db.name}:${i >> 2}`),
              operation: i % 5 === 0 ? 'SEARCH' : 'READ',
              recordType: AGENCY_COPY[db.name].recordType,
              recordId: blocks > 1 ? md5Uuid(`${record}:${block}`) : record,
              fields: i % 3 === 0 ? 'name,idNumber' : 'displayName',
              purpose: null,
              outcome: i % 97 === 0 ? 'DENIED' : 'ALLOWED',
            };
            const hash = auditHash(prevHash, row);
            // COPY's text format: every value here is plain (no tab, newline or backslash); \N is null.
            lines.push(
              [row.at.toISOString(), row.actor, row.actorKind, row.agency, row.roles, row.requestId, row.operation, row.recordType, row.recordId, row.fields, '\\N', row.outcome, prevHash, hash].join('\t'),
            );
            prevHash = hash;
          }
          progress.advance(size, `${db.name} audit_event`);
          yield `${lines.join('\n')}\n`;
        }
      };
      await pipeline(
        Readable.from(chunks()),
        db.client.query(
          copyFrom(`copy audit_event (at, actor, actor_kind, agency, roles, request_id, operation, record_type, record_id, fields, purpose, outcome, prev_hash, hash) from stdin`),
        ),
      );
      await db.client.query(
        `insert into audit_checkpoint (seq, hash, verified_at) select seq, hash, now() from audit_event order by seq desc limit 1 on conflict (seq) do nothing`,
      );
    }));
    progress.done();
    await dbs[0]!.client.query(`set session_replication_role = default`);
    await dbs[0]!.client.query(`update person_tally set standing = 0`);
    await dbs[0]!.client.query(
      `with fresh as (select identity_status, sex, confidential, count(*) as standing from person where record_status = 'ACTIVE' group by 1, 2, 3)
       insert into person_tally as t select * from fresh on conflict (identity_status, sex, confidential) do update set standing = excluded.standing`,
    );
    await dbs[0]!.client.query(`update person_name_gram_tally set standing = 0`);
    await dbs[0]!.client.query(
      `with fresh as (select gram, confidential, count(*) as standing from person, unnest(person_name_grams(name)) as gram where record_status = 'ACTIVE' and name is not null group by 1, 2)
       insert into person_name_gram_tally as t select * from fresh on conflict (gram, confidential) do update set standing = excluded.standing`,
    );
    await dbs[0]!.client.query(`update person_name_prefix_tally set standing = 0`);
    await dbs[0]!.client.query(
      `with fresh as (select prefix, confidential, count(*) as standing from person, unnest(person_name_prefixes(name, name_pinyin, name_initials)) as prefix where record_status = 'ACTIVE' group by 1, 2)
       insert into person_name_prefix_tally as t select * from fresh on conflict (prefix, confidential) do update set standing = excluded.standing`,
    );

    console.log(`seed:scale: VACUUM ANALYZE… (${elapsed()})`);
    await Promise.all(dbs.map((db) => db.client.query('vacuum analyze')));
    for (const db of dbs) {
      const { rows } = await db.client.query<{ persons: string }>(`select count(*) as persons from "${AGENCY_COPY[db.name].recordTable}"`);
      const { rows: audit } = await db.client.query<{ n: string }>(`select count(*) as n from audit_event`);
      console.log(`  ${db.name}: ${Number(rows[0]!.persons).toLocaleString('en')} ${AGENCY_COPY[db.name].recordTable} rows, ${Number(audit[0]!.n).toLocaleString('en')} audit rows`);
    }
    console.log(`seed:scale: done in ${elapsed()}. Measure with: DATABASE_URL=${config.databaseUrl} LIFELINE_DB_PREFIX=${prefix} npm run bench:scale`);
  } finally {
    await Promise.allSettled(dbs.map((db) => db.client.end()));
  }
}

exitWhenDone('seed:scale', main);
