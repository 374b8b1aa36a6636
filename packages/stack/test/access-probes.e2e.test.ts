/**
 * The access probe suite, through the real gateway: every demo account and every integrating
 * system against every root field of the composed API (read from `schema/api.graphql`, so a new
 * root field is probed the day it is added) and every entity reference one level below it. A
 * protected victim and her records (case, identity check, referral, entrustment) never appear to
 * the non-entitled — in lists, counts, by id or through a `person { … }` reference — while the
 * shelter staff and her referring caseworker see her. Counts agree with the lists the caller
 * sees; a masked ID number cannot be rebuilt; reading her classified fields leaves an audit line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { DEMO_CLIENTS, DEMO_USERNAMES } from '@lifeline/identity';
import { type GraphQLHttpResponse } from '../src/graphql-request';
import { eventually } from './support/eventually';
import { clientCaller, gatewayCaller } from './support/graph';

const region = buildDemoRegion();
const facts = new Map(demoPersonFacts(region).map((f) => [f.personId, f]));
const victim = region.persons.find((p) => p.name && p.idNumber && facts.get(p.id)?.protectedFor?.includes('wf.caseworker') && region.identityChecks.some((c) => c.personId === p.id))
  ?? region.persons.find((p) => p.name && p.idNumber && facts.get(p.id)?.protectedFor?.includes('wf.caseworker'))!;
const entitled = new Set(['shelter.staff', ...(facts.get(victim.id)?.protectedFor ?? [])]);
/** Her records in every agency, by the GraphQL type a by-id root field returns. */
const herRecords: Record<string, string[]> = {
  Person: [victim.id],
  RescueCase: region.rescueCases.filter((c) => c.personId === victim.id).map((c) => c.id),
  IdentityCheck: region.identityChecks.filter((c) => c.personId === victim.id).map((c) => c.id),
  ShelterReferral: region.shelterReferrals.filter((r) => r.personId === victim.id).map((r) => r.id),
  AidEntrustment: region.aidEntrustments.filter((e) => e.personId === victim.id).map((e) => e.id),
};
const secrets = [...new Set(Object.values(herRecords).flat()), victim.idNumber!];

const api = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'));
const queryType = api.getQueryType()!;

/** `__typename`, ids, counts, and one level of references (entities, connection edges and nodes) below. */
function selection(type: GraphQLObjectType, depth: number): string {
  const fields = type.getFields();
  const parts = ['__typename'];
  for (const leaf of ['id', 'totalCount', 'openCaseCount', 'freePlaces']) if (fields[leaf] && isScalarType(getNamedType(fields[leaf].type))) parts.push(leaf);
  if (depth >= 2) return parts.join(' ');
  for (const field of Object.values(fields)) {
    if (field.args.some(requiredArgument)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) continue;
    const reference = 'id' in named.getFields() || ['edges', 'node', 'nodes'].includes(field.name);
    if (reference) parts.push(`${field.name} { ${selection(named, depth + 1)} }`);
  }
  return parts.join(' ');
}

const requiredArgument = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/** A literal for a required argument (her ids where an id is asked), or null when none can be made. */
function literal(arg: GraphQLArgument, id: string): string | null {
  const type = getNullableType(arg.type);
  if (isListType(type) || isInputObjectType(type)) return null;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch (getNamedType(type).name) {
    case 'ID':
      return JSON.stringify(arg.name === 'id' ? id : victim.id);
    case 'DateTime':
      return JSON.stringify(arg.name === 'from' ? '2020-01-01T00:00:00Z' : new Date().toISOString());
    case 'Int':
      return '10';
    case 'Boolean':
      return 'false';
    case 'String':
      return JSON.stringify(victim.name);
    default:
      return null;
  }
}

interface Probe {
  field: string;
  query: string;
}

/** The probes of one root field: by every id of hers (aliased, one request), else once, plus a search by her name and number where a filter can search. */
function probesOf(field: GraphQLField<unknown, unknown>): Probe[] | null {
  const named = getNamedType(field.type);
  const body = isObjectType(named) ? ` { ${selection(named, 0)} }` : '';
  const required = field.args.filter(requiredArgument);
  const byId = required.some((a) => a.name === 'id');
  const ids = byId && herRecords[named.name]?.length ? herRecords[named.name]! : [victim.id];
  const calls: string[] = [];
  for (const [i, id] of ids.entries()) {
    const args = required.map((a) => [a.name, literal(a, id)] as const);
    if (args.some(([, value]) => value === null)) return null;
    const list = args.length ? `(${args.map(([name, value]) => `${name}: ${value}`).join(', ')})` : '';
    calls.push(`p${i}: ${field.name}${list}${body}`);
  }
  const probes = [{ field: field.name, query: `{ ${calls.join(' ')} }` }];
  const filter = field.args.find((a) => isInputObjectType(getNamedType(a.type)) && 'search' in (getNamedType(a.type) as unknown as { getFields(): object }).getFields());
  if (filter && required.length === 0) {
    for (const search of [victim.name!, victim.idNumber!]) probes.push({ field: `${field.name}(search)`, query: `{ ${field.name}(${filter.name}: { search: ${JSON.stringify(search)} })${body} }` });
  }
  return probes;
}

const rootProbes = Object.values(queryType.getFields()).map((field) => ({ field: field.name, probes: probesOf(field) }));

type Caller = { name: string; call: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>> };

describe('who sees a protected victim, every role and system against every root and reference field', () => {
  const users = gatewayCaller();
  const systems = clientCaller();
  const callers: Caller[] = [
    ...DEMO_USERNAMES.map((name) => ({ name, call: <T>(q: string, v?: Record<string, unknown>) => users.as<T>(name, q, v) })),
    ...DEMO_CLIENTS.map(({ clientId }) => ({ name: clientId, call: <T>(q: string, v?: Record<string, unknown>) => systems.as<T>(clientId, q, v) })),
  ];

  beforeAll(async () => {
    // Her protection reaches public security and foreign affairs over the exchange: wait until it did.
    await eventually('her identity check hidden from the police officer', async () => {
      const res = await users.as<{ identityCheck: unknown }>('police.officer', `query($id: ID!) { identityCheck(id: $id) { id } }`, { id: herRecords.IdentityCheck![0] ?? victim.id });
      return res.status === 200 && res.data?.identityCheck === null;
    }, 60_000);
  }, 90_000);

  it('has a protected victim with records in several agencies, and probes every root field of the composed schema', () => {
    expect(herRecords.RescueCase!.length + herRecords.IdentityCheck!.length + herRecords.ShelterReferral!.length).toBeGreaterThan(1);
    const unprobed = rootProbes.filter((r) => r.probes === null).map((r) => r.field);
    // Only roots whose required arguments are inputs of a kind no probe can make up are left out, and those are named here.
    expect(unprobed).toEqual([]);
    expect(rootProbes.length).toBe(Object.keys(queryType.getFields()).length);
  });

  it('never shows her, her records or her ID number to anyone not entitled, in any answer', async () => {
    const leaks: string[] = [];
    const refusedByLimits: string[] = [];
    for (const caller of callers.filter((c) => !entitled.has(c.name))) {
      for (const { probes } of rootProbes) {
        for (const probe of probes ?? []) {
          const res = await caller.call(probe.query);
          if (res.status === 400) refusedByLimits.push(`${caller.name} ${probe.field}: ${res.text.slice(0, 200)}`);
          for (const secret of secrets) if (res.text.includes(secret)) leaks.push(`${caller.name} ${probe.field} shows ${secret === victim.idNumber ? 'her ID number' : secret}`);
        }
      }
    }
    expect(refusedByLimits).toEqual([]);
    expect(leaks).toEqual([]);
  }, 600_000);

  it('counts her for no one not entitled: a search by her name or number counts exactly the persons it lists', async () => {
    for (const caller of callers.filter((c) => !entitled.has(c.name))) {
      for (const search of [victim.name!, victim.idNumber!]) {
        const res = await caller.call<{ persons: { totalCount: number; edges: Array<{ node: { id: string } }> } | null }>(
          `query($s: String!) { persons(filter: { search: $s }, first: 100) { totalCount edges { node { id } } } }`,
          { s: search },
        );
        const page = res.data?.persons;
        if (!page) continue; // refused outright (FORBIDDEN): nothing to count
        expect({ caller: caller.name, her: page.edges.some((e) => e.node.id === victim.id) }).toEqual({ caller: caller.name, her: false });
        expect({ caller: caller.name, total: page.totalCount }).toEqual({ caller: caller.name, total: page.edges.length });
      }
    }
  }, 120_000);

  it('shows her to the shelter staff and to her referring caseworker, by id and by name', async () => {
    const signedIn = [...entitled].filter((name) => (DEMO_USERNAMES as readonly string[]).includes(name));
    expect(signedIn).toEqual(expect.arrayContaining(['shelter.staff', 'wf.caseworker']));
    for (const name of signedIn) {
      const res = await users.as<{ person: { id: string } | null; persons: { edges: Array<{ node: { id: string } }> } }>(
        name,
        `query($id: ID!, $s: String!) { person(id: $id) { id } persons(filter: { search: $s }, first: 100) { edges { node { id } } } }`,
        { id: victim.id, s: victim.name },
      );
      expect({ name, person: res.data?.person?.id }).toEqual({ name, person: victim.id });
      expect(res.data!.persons.edges.map((e) => e.node.id)).toContain(victim.id);
    }
    const referral = herRecords.ShelterReferral![0];
    if (referral) {
      const res = await users.as<{ shelterReferral: { person: { id: string } | null } | null }>('shelter.staff', `query($id: ID!) { shelterReferral(id: $id) { person { id } } }`, { id: referral });
      expect(res.data?.shelterReferral?.person?.id).toBe(victim.id);
    }
  });
});

describe('counts agree with what the caller can see', () => {
  const { as } = gatewayCaller();
  const OPEN = new Set(['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE']);

  type Page = { persons: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { rescueCases: Array<{ status: string; zone: string | null; station: { id: string } }> } }> } };

  /** The open cases at a station that the caller sees, counted from the persons list (every page). */
  const visibleOpenCases = async (username: string, stationId: string) => {
    let after: string | null = null;
    let open = 0;
    for (;;) {
      const res: GraphQLHttpResponse<Page> = await as<Page>(
        username,
        `query($s: ID!, $after: String) { persons(filter: { stationId: $s }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { rescueCases { status zone station { id } } } } } }`,
        { s: stationId, after },
      );
      expect(res.errors).toBeUndefined();
      for (const edge of res.data!.persons.edges) open += edge.node.rescueCases.filter((c) => c.station.id === stationId && OPEN.has(c.status) && c.zone !== 'DV_SHELTER').length;
      if (!res.data!.persons.pageInfo.hasNextPage) return open;
      after = res.data!.persons.pageInfo.endCursor;
    }
  };

  it.each(['center.staff', 'county.staff', 'shelter.staff', 'police.officer', 'fao.officer'])('counts for %s exactly the open cases it sees at each station', async (username) => {
    const stations = await as<{ stations: Array<{ id: string; openCaseCount: number }> }>(username, `{ stations { id openCaseCount } }`);
    expect(stations.errors).toBeUndefined();
    const busiest = [...stations.data!.stations].sort((a, b) => b.openCaseCount - a.openCaseCount).slice(0, 3);
    const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!;
    for (const station of [...busiest, ...stations.data!.stations.filter((s) => s.id === center.id)]) {
      expect({ station: station.id, count: station.openCaseCount }).toEqual({ station: station.id, count: await visibleOpenCases(username, station.id) });
    }
  }, 180_000);

  it("gives the shelter staff free places that add up over the shelter's rooms", async () => {
    const res = await as<{ shelters: Array<{ freePlaces: number; rooms: Array<{ freePlaces: number }> | null }> }>('shelter.staff', `{ shelters { freePlaces rooms { freePlaces } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.shelters.length).toBeGreaterThan(0);
    for (const shelter of res.data!.shelters) expect(shelter.freePlaces).toBe(shelter.rooms!.reduce((sum, room) => sum + room.freePlaces, 0));
  });
});

describe('a masked ID number cannot be rebuilt', () => {
  const users = gatewayCaller();
  const systems = clientCaller();
  const callers = [...DEMO_USERNAMES.map((name) => ({ name, call: users.as.bind(null, name) as Caller['call'] })), ...DEMO_CLIENTS.map(({ clientId }) => ({ name: clientId, call: systems.as.bind(null, clientId) as Caller['call'] }))];
  const numbered = new Map(region.persons.filter((p) => p.idNumber && !facts.get(p.id)?.protectedFor).map((p) => [p.id, p]));

  it('gives no one who sees the number masked its birth date, nor a match for the right number', async () => {
    let masked = 0;
    for (const caller of callers) {
      const res = await caller.call<{ persons: { edges: Array<{ node: { id: string; idNumber: string | null; birthDate: string | null } }> } | null }>(
        `{ persons(first: 50) { edges { node { id idNumber birthDate } } } }`,
      );
      for (const { node } of res.data?.persons?.edges ?? []) {
        const person = numbered.get(node.id);
        if (!person || !node.idNumber?.includes('*')) continue;
        masked += 1;
        // The birth date would give back 8 of the 10 hidden characters.
        expect({ caller: caller.name, birthDate: node.birthDate }).toEqual({ caller: caller.name, birthDate: null });
        // The guess that is right confirms nothing: an exact-number search matches nobody for this caller.
        const guess = await caller.call<{ persons: { totalCount: number } }>(`query($s: String!) { persons(filter: { search: $s }) { totalCount } }`, { s: person.idNumber });
        expect({ caller: caller.name, matches: guess.data?.persons.totalCount ?? 0 }).toEqual({ caller: caller.name, matches: 0 });
      }
    }
    expect(masked).toBeGreaterThan(0);
  }, 180_000);

  it('shows each caller a passport the same way on an entrustment and on a status check', async () => {
    let compared = 0;
    for (const caller of callers) {
      const res = await caller.call<{ aidEntrustments: Array<{ passportNumber: string; person: { foreignNationalStatusChecks: Array<{ passportNumber: string }> | null } | null }> | null }>(
        `{ aidEntrustments(first: 100) { passportNumber person { foreignNationalStatusChecks { passportNumber } } } }`,
      );
      for (const entrustment of res.data?.aidEntrustments ?? []) {
        for (const check of entrustment.person?.foreignNationalStatusChecks ?? []) {
          compared += 1;
          expect({ caller: caller.name, masked: check.passportNumber.includes('*') }).toEqual({ caller: caller.name, masked: entrustment.passportNumber.includes('*') });
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 120_000);
});

describe('reading a protected victim leaves an audit line', () => {
  const { as } = gatewayCaller();

  it('notes the classified fields the shelter staff read, with names and no values, one line per record and request', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const read = await as<{ person: { name: string } }>('shelter.staff', `query($id: ID!) { person(id: $id) { name namePinyin birthDate sex } }`, { id: victim.id });
    expect(read.data!.person.name).toBe(victim.name);
    type Line = { requestId: string; recordType: string; recordId: string; fields: string[] };
    const found = await eventually('the audit line of the read', async () => {
      const res = await as<{ auditEvents: { civilAffairs: { events: Line[] } } }>(
        'auditor',
        `query($id: String!, $from: DateTime!) { auditEvents(filter: { actor: "shelter.staff", recordId: $id, from: $from }, first: 50) { civilAffairs { events { requestId recordType recordId fields } } } }`,
        { id: victim.id, from },
      );
      const lines = res.data?.auditEvents.civilAffairs.events ?? [];
      return lines.some((e) => e.fields.includes('name')) && { lines, text: res.text };
    });
    const line = found.lines.find((e) => e.fields.includes('name'))!;
    expect(line).toMatchObject({ recordType: 'Person', recordId: victim.id });
    expect(line.fields).toEqual(expect.arrayContaining(['name', 'sex', ...(victim.namePinyin ? ['namePinyin'] : []), ...(victim.birthDate ? ['birthDate'] : [])]));
    // One line per record and request (the fields merged), naming fields and never their values.
    const perRequest = new Map<string, number>();
    for (const e of found.lines.filter((l) => l.recordType === 'Person')) perRequest.set(e.requestId, (perRequest.get(e.requestId) ?? 0) + 1);
    expect([...perRequest.values()].every((n) => n === 1)).toBe(true);
    expect(found.text).not.toContain(victim.name!);
  });
});
