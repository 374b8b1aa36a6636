/**
 * The auditors' work list lives in the URL (`/audit-trail?agency=…&from=…&to=…&actor=…&operation=…
 * &recordType=…&recordId=…&outcome=…&purpose=…&after=…`), so an oversight office can bookmark a
 * view, hand it to a colleague, page with the back button and export exactly what it shows. This
 * module turns untrusted URL parameters into the graph's `AuditEventFilter` and paging arguments,
 * and back. The window is written in the city's wall-clock time (Asia/Shanghai, UTC+8 all year:
 * China keeps no summer time), to the minute, as staff read it: `from=2026-12-06T08:00`.
 */
import type { AuditEventFilter, AuditOutcome } from '@/gql/graphql';
import { pageArguments, readPageCursor, type PageCursor } from './list-page.params';
import { firstParam, type SearchParams } from './search-params.reader';
import { AUDIT_OUTCOMES, pickEnum } from './vocabulary';

/** Lines per page of the work list. */
export const AUDIT_TRAIL_PAGE_SIZE = 50;

/** The four trails, as the URL names them, with each agency's field on the graph's `AuditTrail`. */
export const AUDIT_AGENCIES = [
  { key: 'civil-affairs', field: 'civilAffairs', agency: 'CIVIL_AFFAIRS' },
  { key: 'public-security', field: 'publicSecurity', agency: 'PUBLIC_SECURITY' },
  { key: 'womens-federation', field: 'womensFederation', agency: 'WOMENS_FEDERATION' },
  { key: 'foreign-affairs', field: 'foreignAffairs', agency: 'FOREIGN_AFFAIRS' },
] as const;

export type AuditAgencyKey = (typeof AUDIT_AGENCIES)[number]['key'];

/** The operations the agencies write to their trails, in the order the filter offers them. */
export const AUDIT_OPERATIONS = ['READ', 'SEARCH', 'CREATE', 'UPDATE', 'TRANSITION', 'REVOKE', 'MERGE', 'DELETE', 'EXPORT', 'WRITE'] as const;

/** The record types the catalogue words, offered by the record-type filter (any other is still shown as recorded). */
export const AUDIT_RECORD_TYPES = [
  'Person',
  'RescueCase',
  'CareService',
  'Station',
  'Shelter',
  'ShelterPlacement',
  'StreetReport',
  'Escort',
  'Settlement',
  'EmergencyEvent',
  'EmergencyPoint',
  'EmergencyHelp',
  'MissingPersonReport',
  'TracingRecord',
  'TracingConfirmation',
  'PersonAccessGrant',
  'IdentityCheck',
  'ForeignNationalStatusCheck',
  'PoliceHandOver',
  'ShelterReferral',
  'ReferralService',
  'AidEntrustment',
  'AidDelivery',
  'ForeignAffairsNotification',
  'LegalStatusFinding',
  'AuditEvent',
] as const satisfies ReadonlyArray<keyof Messages['auditTrail']['recordTypes']>;

/** The longest actor, record id or purpose text the filters apply. */
export const MAX_FILTER_TEXT = 100;

/** A wall-clock minute in the city: `2026-12-06T08:00`. */
const CITY_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const CITY_OFFSET = '+08:00';
const CITY_OFFSET_MS = 8 * 3_600_000;

/** The instant of a city wall-clock minute, or undefined when it is no real minute (30 February, 24:00). */
export function cityMinuteToInstant(minute: string): string | undefined {
  const match = CITY_MINUTE.exec(minute);
  if (!match) return undefined;
  const [, year, month, day, hour, min] = match.map(Number) as [number, number, number, number, number, number];
  const instant = new Date(`${minute}:00${CITY_OFFSET}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  // A date that rolled over (31 April → 1 May) is not the minute asked for.
  const back = new Date(instant.getTime() + CITY_OFFSET_MS);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() + 1 !== month || back.getUTCDate() !== day || back.getUTCHours() !== hour || back.getUTCMinutes() !== min) return undefined;
  return instant.toISOString();
}

export interface AuditTrailView extends PageCursor {
  agency: AuditAgencyKey;
  /** The window's start and end, city wall-clock minutes. */
  from?: string;
  to?: string;
  actor?: string;
  operation?: (typeof AUDIT_OPERATIONS)[number];
  recordType?: string;
  recordId?: string;
  outcome?: AuditOutcome;
  purpose?: string;
}

/** A view read from the URL, and whether its window was refused (its end not after its start: both dropped). */
export interface ParsedAuditTrailView {
  view: AuditTrailView;
  windowRefused: boolean;
}

function textParam(params: SearchParams, name: string): string | undefined {
  const value = firstParam(params, name);
  return value && value.length <= MAX_FILTER_TEXT ? value : undefined;
}

/**
 * Reads the view from URL parameters, dropping anything malformed. A window whose end is not after
 * its start is dropped as a whole and reported, so the page says so rather than showing lines of a
 * window nobody asked for.
 */
export function parseAuditTrailView(params: SearchParams): ParsedAuditTrailView {
  const agency = AUDIT_AGENCIES.find((candidate) => candidate.key === firstParam(params, 'agency'))?.key ?? 'civil-affairs';
  const view: AuditTrailView = { agency };
  const from = firstParam(params, 'from');
  const to = firstParam(params, 'to');
  const fromInstant = from ? cityMinuteToInstant(from) : undefined;
  const toInstant = to ? cityMinuteToInstant(to) : undefined;
  const windowRefused = Boolean(fromInstant && toInstant && Date.parse(toInstant) <= Date.parse(fromInstant));
  if (!windowRefused) {
    if (fromInstant) view.from = from;
    if (toInstant) view.to = to;
  }
  const actor = textParam(params, 'actor');
  if (actor) view.actor = actor;
  const operation = pickEnum(AUDIT_OPERATIONS, firstParam(params, 'operation'));
  if (operation) view.operation = operation;
  const recordType = firstParam(params, 'recordType');
  if (recordType && /^[A-Z][A-Za-z]{0,60}$/.test(recordType)) view.recordType = recordType;
  const recordId = textParam(params, 'recordId');
  if (recordId) view.recordId = recordId;
  const outcome = pickEnum(AUDIT_OUTCOMES, firstParam(params, 'outcome'));
  if (outcome) view.outcome = outcome;
  const purpose = textParam(params, 'purpose');
  if (purpose) view.purpose = purpose;
  Object.assign(view, readPageCursor(params));
  return { view, windowRefused };
}

/** The graph's filter for a view (the window as instants). */
export function auditEventFilter(view: AuditTrailView): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (view.from) filter.from = cityMinuteToInstant(view.from);
  if (view.to) filter.to = cityMinuteToInstant(view.to);
  if (view.actor) filter.actor = view.actor;
  if (view.operation) filter.operation = view.operation;
  if (view.recordType) filter.recordType = view.recordType;
  if (view.recordId) filter.recordId = view.recordId;
  if (view.outcome) filter.outcome = view.outcome;
  if (view.purpose) filter.purpose = view.purpose;
  return filter;
}

/** The paging arguments of a view's page. */
export function auditTrailPaging(view: AuditTrailView, size = AUDIT_TRAIL_PAGE_SIZE) {
  return pageArguments({ after: view.after, before: view.before }, size);
}

/** The URL of a view under `path` (parameters in a stable order, the default agency left out). */
export function auditTrailHref(view: AuditTrailView, path = '/audit-trail'): string {
  const params = new URLSearchParams();
  if (view.agency !== 'civil-affairs') params.set('agency', view.agency);
  for (const name of ['from', 'to', 'actor', 'operation', 'recordType', 'recordId', 'outcome', 'purpose', 'after', 'before'] as const) {
    const value = view[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The same view without its page cursor (a filter or the agency changed: the first page again). */
export function firstPageOf(view: AuditTrailView): AuditTrailView {
  const { after: _after, before: _before, ...rest } = view;
  return rest;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The portal's page of a record named in a line, where the portal has one. */
const RECORD_PAGES: Partial<Record<string, string>> = {
  Person: '/persons',
  RescueCase: '/cases',
  IdentityCheck: '/check-queue',
  ForeignNationalStatusCheck: '/status-checks',
  ShelterReferral: '/shelter-referrals',
  AidEntrustment: '/aid-entrustments',
};

/** Where the record a line names is shown in the portal, or undefined when it has no page there. */
export function auditRecordHref(recordType: string, recordId: string | null | undefined): string | undefined {
  const base = RECORD_PAGES[recordType];
  return base && recordId && UUID.test(recordId) ? `${base}/${recordId}` : undefined;
}
