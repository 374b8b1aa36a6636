/**
 * The demo accounts: one person per job of DOMAIN.md §1 and one integrating system per agency,
 * placed in the demo region (@lifeline/demo-region) so their jurisdictions and stations are the
 * ones the subgraphs' demo data uses. Accounts share the configured demo password; client secrets
 * are generated here, never written in code, and handed over in `<dataDir>/demo-clients.json`
 * (mode 0600). Each part is created only while its table is empty.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EntityManager, type MikroORM } from '@mikro-orm/core';
import { ROLES, type Agency } from '@lifeline/subgraph-runtime';
import { ServiceClient, type DocumentPolicy } from './entities/service-client.entity';
import { UserAccount } from './entities/user-account.entity';
import { type IdentityService, type NewServiceClient, type NewUserAccount } from './identity.service';

/** The demo accounts' usernames. */
export const DEMO_USERNAMES = [
  'center.staff',
  'county.staff',
  'shelter.staff',
  'police.officer',
  'forensic.officer',
  'wf.caseworker',
  'fao.officer',
  'auditor',
  'admin',
] as const;

/** The username of a demo account. */
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

/**
 * The demo integrating systems, one per agency, with the scopes they may ask for (the scope
 * table: auth/scopes.ts of the subgraph runtime): civil affairs' system reads persons, stations
 * and cases and files sightings from 110 linkage and the city-management platform; public
 * security's answers identity and status checks; the women's federation's follows referrals; the
 * foreign-affairs office's follows its entrustments and the police's status notifications. Civil
 * affairs' system also shows automatic persisted queries (it may register a document by sending
 * its hash with its text); the others keep the default document policy, `FREE_TEXT`.
 */
export const DEMO_CLIENTS: ReadonlyArray<{ clientId: string; displayName: string; agency: Agency; allowedScopes: string[]; documentPolicy?: DocumentPolicy }> = [
  {
    clientId: 'civil-affairs-system',
    displayName: '民政救助管理信息系统',
    agency: 'CIVIL_AFFAIRS',
    allowedScopes: ['read:persons', 'read:stations', 'read:rescue-cases', 'write:street-reports'],
    documentPolicy: 'AUTOMATIC_PERSISTED_QUERIES',
  },
  {
    clientId: 'public-security-system',
    displayName: '公安人口信息系统',
    agency: 'PUBLIC_SECURITY',
    allowedScopes: ['read:persons', 'read:stations', 'read:identity-checks', 'write:identity-checks', 'read:status-checks', 'write:status-checks', 'read:foreign-affairs-notifications'],
  },
  { clientId: 'womens-federation-system', displayName: '妇联维权服务系统', agency: 'WOMENS_FEDERATION', allowedScopes: ['read:stations', 'read:shelter-referrals'] },
  {
    clientId: 'foreign-affairs-system',
    displayName: '外办涉外事务系统',
    agency: 'FOREIGN_AFFAIRS',
    allowedScopes: ['read:persons', 'read:aid-entrustments', 'read:status-checks', 'read:foreign-affairs-notifications', 'write:foreign-affairs-notifications'],
  },
];

/** A demo client's credentials, as written to demo-clients.json. */
export interface DemoClientCredentials {
  clientId: string;
  clientSecret: string;
  agency: Agency;
  scopes: string[];
}

/** How to seed the demo accounts. */
export interface SeedDemoAccountsOptions {
  /** The password of every demo account (at least 8 characters). */
  password: string;
  /** Where demo-clients.json goes; without it the secrets are only returned. */
  dataDir?: string;
}

/** What seeding created. */
export interface SeededDemoAccounts {
  /** Usernames created now (empty when accounts existed already). */
  accounts: string[];
  /** Clients created now, with their secrets (empty when clients existed already). */
  clients: DemoClientCredentials[];
  /** The file the client secrets were written to, if any. */
  clientsFile: string | null;
}

/** The name of the file the demo client secrets are written to, under the data directory. */
export const DEMO_CLIENTS_FILE = 'demo-clients.json';

interface DemoPlacement {
  cityCode: string;
  centerId: string;
  county: { id: string; code: string; name: string };
}

/** Where the demo people work: the regional center, and the station of one (rural) county. */
async function demoPlacement(): Promise<DemoPlacement> {
  // Loaded only when seeding, so a running service never carries the demo generator.
  const { buildDemoRegion } = await import('@lifeline/demo-region');
  const region = buildDemoRegion();
  const center = region.stations.find((s) => s.kind === 'REGIONAL_CENTER');
  const countyCodes = new Set(region.divisions.filter((d) => d.kind === 'COUNTY').map((d) => d.code));
  const countyStations = region.stations.filter((s) => s.kind === 'COUNTY_STATION');
  const county = countyStations.find((s) => countyCodes.has(s.jurisdiction)) ?? countyStations[0];
  if (!center || !county) throw new Error('the demo region has no regional center or no county station');
  return { cityCode: region.city.code, centerId: center.id, county: { id: county.id, code: county.jurisdiction, name: county.jurisdictionName } };
}

/** The demo accounts, placed in the demo region. */
function demoAccounts(place: DemoPlacement, password: string): NewUserAccount[] {
  const city = place.cityCode;
  const account = (username: DemoUsername, displayName: string, agency: Agency, role: string, orgUnit: string, jurisdiction = city): NewUserAccount => ({
    username,
    password,
    displayName,
    agency,
    roles: [role],
    orgUnit,
    jurisdiction,
  });
  return [
    account('center.staff', '区域中心站工作人员', 'CIVIL_AFFAIRS', ROLES.CENTER_STAFF, place.centerId),
    account('county.staff', `${place.county.name}救助管理站工作人员`, 'CIVIL_AFFAIRS', ROLES.STATION_STAFF, place.county.id, place.county.code),
    account('shelter.staff', '中心站庇护区工作人员', 'CIVIL_AFFAIRS', ROLES.SHELTER_STAFF, place.centerId),
    account('police.officer', '市公安局民警', 'PUBLIC_SECURITY', ROLES.POLICE_OFFICER, `${city}-public-security-bureau`),
    account('forensic.officer', '市公安局物证鉴定人员', 'PUBLIC_SECURITY', ROLES.FORENSIC_OFFICER, `${city}-forensic-center`),
    account('wf.caseworker', '市妇联个案工作者', 'WOMENS_FEDERATION', ROLES.WF_CASEWORKER, `${city}-womens-federation`),
    account('fao.officer', '市外办工作人员', 'FOREIGN_AFFAIRS', ROLES.FAO_OFFICER, `${city}-foreign-affairs-office`),
    account('auditor', '审计员', 'OVERSIGHT', ROLES.AUDITOR, `${city}-oversight-office`),
    account('admin', '系统管理员', 'OVERSIGHT', ROLES.ADMIN, `${city}-oversight-office`),
  ];
}

/** Writes the client secrets readable by the owner only (atomically: never a half-written file). */
function writeClientsFile(dataDir: string, clients: DemoClientCredentials[]): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DEMO_CLIENTS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  const content = {
    about: 'Demo integration clients of the Lifeline identity service, generated at first start. POST /oauth/token with grant_type=client_credentials and these credentials (HTTP Basic or form fields).',
    clients,
  };
  writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  return file;
}

/**
 * Gives demo clients seeded before the scope table changed the scopes they have now, and their
 * document policy (their secrets stay as they are); other clients are left alone.
 */
async function refreshDemoClientScopes(em: EntityManager): Promise<void> {
  const existing = await em.find(ServiceClient, { clientId: { $in: DEMO_CLIENTS.map((demo) => demo.clientId) } });
  for (const client of existing) {
    const demo = DEMO_CLIENTS.find((candidate) => candidate.clientId === client.clientId)!;
    if (client.agency !== demo.agency) continue;
    if (client.allowedScopes.join(' ') !== demo.allowedScopes.join(' ')) client.allowedScopes = [...demo.allowedScopes];
    client.documentPolicy = demo.documentPolicy ?? 'FREE_TEXT';
  }
  await em.flush();
}

/** Creates the demo accounts and clients where none exist yet (and brings the demo clients' scopes and document policies up to date). */
export async function seedDemoAccounts(identity: { service: IdentityService; orm: MikroORM }, options: SeedDemoAccountsOptions): Promise<SeededDemoAccounts> {
  const { service, orm } = identity;
  const em = orm.em.fork();
  const result: SeededDemoAccounts = { accounts: [], clients: [], clientsFile: null };

  const needAccounts = (await em.count(UserAccount, {})) === 0;
  const needClients = (await em.count(ServiceClient, {})) === 0;
  if (!needClients) await refreshDemoClientScopes(em);
  if (!needAccounts && !needClients) return result;
  const place = await demoPlacement();

  if (needAccounts) {
    const accounts = demoAccounts(place, options.password);
    await Promise.all(accounts.map((account) => service.createUserAccount(account)));
    result.accounts.push(...accounts.map((account) => account.username));
  }

  if (needClients) {
    for (const demo of DEMO_CLIENTS) {
      const input: NewServiceClient = { ...demo, roles: [ROLES.INTEGRATION], jurisdiction: place.cityCode };
      const { clientSecret } = await service.createServiceClient(input);
      result.clients.push({ clientId: demo.clientId, clientSecret, agency: demo.agency, scopes: demo.allowedScopes });
    }
    if (options.dataDir) result.clientsFile = writeClientsFile(options.dataDir, result.clients);
  }
  return result;
}
