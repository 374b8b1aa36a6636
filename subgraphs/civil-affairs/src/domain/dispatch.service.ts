/**
 * The dispatch loop against the database: record a sighting, move it step by step (sending the
 * nearest open team or station of the district), the dispatch board and the 30-minute figures.
 * Every change is checked (order, times, version, jurisdiction), audited, and answered with a
 * typed result; when it fails, nothing is stored.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, EMPTY_PAGE, keysetPage, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope, type KeysetPage, type PageArgs } from '@lifeline/subgraph-runtime';
import { Station } from '../entities/station.entity';
import { StreetReport } from '../entities/street-report.entity';
import { jurisdictionPrefix, workPrefix } from './access';
import { checkStep, distanceMeters, DISPATCH_ORDER, ON_SCENE_TARGET_MINUTES, STEP_TIME } from './dispatch.workflow';
import { type ReportClosure, type ReportSource, type StreetReportStatus, type UserErrorCode } from './vocabulary';

export type StreetReportResult =
  | { __typename: 'StreetReportChanged'; streetReport: StreetReport }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'DispatchStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: StreetReportStatus; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

const { rejected, notFound } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });

/** A refusal of this service's changes (see runChange). */
class Refusal extends ChangeRefused<StreetReportResult> {}

export type DispatchScope = ChangeScope;

/** Unit kinds that can be sent to a scene. */
const DISPATCHABLE = ['OUTREACH_TEAM', 'COUNTY_STATION', 'SERVICE_POINT', 'TEMPORARY_POINT'] as const;
const DISTRICT = /^[0-9]{6}$/;

/** The division-code prefix the caller's station work covers (null: none), from the access module. */
const callerPrefix = workPrefix;
/** How many reports the deprecated whole board answers (its connection's first page of that size). */
const DEPRECATED_BOARD_SIZE = 200;

/**
 * Where the caller may report sightings: station staff their jurisdiction; civil affairs' own
 * integrating system (110 linkage, the city-management platform) its configured jurisdiction.
 */
function reportingPrefix(caller: Caller): string | null {
  if (caller.kind === 'service' && caller.agency === 'CIVIL_AFFAIRS' && caller.roles.includes('INTEGRATION') && caller.jurisdiction) {
    return jurisdictionPrefix(caller.jurisdiction);
  }
  return callerPrefix(caller);
}

export interface SightingInput {
  source: ReportSource;
  description: string;
  latitude: number;
  longitude: number;
  address: string;
  district: string;
  reportedAt?: Date | null;
  idempotencyKey?: string | null;
}

/** Records a sighting or call. */
export async function reportStreetSighting(scope: DispatchScope, input: SightingInput): Promise<StreetReportResult> {
  const now = scope.now ?? new Date();
  const description = input.description.trim();
  const address = input.address.trim();
  if (!description || description.length > 2000) return rejected('description', 'TEXT', 'Describe what was seen, in at most 2000 characters.');
  if (!address || address.length > 500) return rejected('address', 'TEXT', 'Give an address or landmark, in at most 500 characters.');
  if (!Number.isFinite(input.latitude) || input.latitude < -90 || input.latitude > 90) return rejected('latitude', 'RANGE', 'Latitude is between -90 and 90.');
  if (!Number.isFinite(input.longitude) || input.longitude < -180 || input.longitude > 180) return rejected('longitude', 'RANGE', 'Longitude is between -180 and 180.');
  if (!DISTRICT.test(input.district)) return rejected('district', 'FORMAT', 'The district is a 6-digit division code.');
  const reportedAt = input.reportedAt ?? now;
  if (reportedAt.getTime() > now.getTime() + 60_000) return rejected('reportedAt', 'FUTURE', 'The report time is in the future.');
  const prefix = reportingPrefix(scope.caller);
  if (prefix === null || !input.district.startsWith(prefix)) return { __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'That district is outside your jurisdiction.' };
  const far = await distanceBeyondNetwork(scope.em, input);
  if (far !== null) {
    return rejected('latitude', 'OUTSIDE_REGION', `The point is ${Math.round(far / 1000)} km from the nearest station of the city's network: check the coordinates (latitude and longitude swapped, or another city's point).`);
  }
  return scope.em.transactional((tx) =>
    withIdempotency<StreetReportResult>(tx, scope.caller, {
      operation: 'reportStreetSighting',
      key: input.idempotencyKey,
      request: input,
      rejected,
      created: (result) => (result.__typename === 'StreetReportChanged' ? { type: 'StreetReport', id: result.streetReport.id } : null),
      replay: async (id) => {
        const earlier = await tx.findOne(StreetReport, { id });
        return earlier && earlier.district.startsWith(prefix) ? { __typename: 'StreetReportChanged', streetReport: earlier } : notFound('street report');
      },
      create: async () => {
        const report = tx.create(StreetReport, {
          source: input.source,
          description,
          latitude: input.latitude,
          longitude: input.longitude,
          address,
          district: input.district,
          status: 'REPORTED',
          reportedAt,
          lastChangedBy: scope.caller.id,
        });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'StreetReport', recordId: report.id, fields: ['status'], outcome: 'ALLOWED' }]);
        return { __typename: 'StreetReportChanged', streetReport: report };
      },
    }, now),
  );
}

/** How far from the nearest station of the city's network a reported point may lie. */
export const REGION_REACH_METERS = 80_000;

/**
 * How far a reported point lies from the nearest station of the district's city (any fixed
 * station with a location, open or not), when that is farther than the network reaches; `null` when it is
 * within reach, or when no station of the city has a location to judge by.
 */
async function distanceBeyondNetwork(em: EntityManager, point: { district: string; latitude: number; longitude: number }): Promise<number | null> {
  const city = point.district.slice(0, 4);
  // The fixed network only: a temporary emergency point is where an event put it, not where the city is.
  const stations = await em.find(
    Station,
    { kind: { $ne: 'TEMPORARY_POINT' }, latitude: { $ne: null }, longitude: { $ne: null }, jurisdiction: { $like: `${city}%` } },
    { fields: ['latitude', 'longitude'] },
  );
  if (stations.length === 0) return null;
  const nearest = Math.min(...stations.map((station) => distanceMeters(point, { latitude: station.latitude!, longitude: station.longitude! })));
  return nearest > REGION_REACH_METERS ? nearest : null;
}

/** The nearest open unit of the district, preferring units not already out on a report. */
async function nearestUnit(tx: EntityManager, report: StreetReport): Promise<{ station: Station; meters: number } | null> {
  const candidates = await tx.find(Station, {
    kind: { $in: [...DISPATCHABLE] },
    isOpen: true,
    latitude: { $ne: null },
    jurisdiction: { $like: `${jurisdictionPrefix(report.district)}%` },
  });
  if (candidates.length === 0) return null;
  const busy = new Set(
    (await tx.find(StreetReport, { status: { $in: ['DISPATCHED', 'ON_SCENE'] }, dispatchedTo: { $in: candidates.map((c) => c.id) } })).map((r) => r.dispatchedTo!.id),
  );
  const ranked = candidates
    .map((station) => ({ station, meters: distanceMeters(report, { latitude: station.latitude!, longitude: station.longitude! }), busy: busy.has(station.id) }))
    .sort((a, b) => Number(a.busy) - Number(b.busy) || a.meters - b.meters);
  return ranked[0]!;
}

export interface AdvanceInput {
  streetReportId: string;
  expectedVersion: number;
  to: StreetReportStatus;
  at?: Date | null;
  stationId?: string | null;
  closure?: ReportClosure | null;
}

/** Moves a report one step along the loop. */
export async function advanceStreetReport(scope: DispatchScope, input: AdvanceInput): Promise<StreetReportResult> {
  const now = scope.now ?? new Date();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + 60_000) return rejected('at', 'FUTURE', 'The time is in the future.');
  if (input.to === 'REPORTED') return rejected('to', 'NOT_A_STEP', 'REPORTED is where a report starts, not a step.');
  if (input.to === 'CLOSED' && !input.closure) return rejected('closure', 'REQUIRED', 'Closing a report needs its outcome.');
  if (input.to !== 'CLOSED' && input.closure) return rejected('closure', 'NOT_APPLICABLE', 'Only closing takes an outcome.');
  if (input.to !== 'DISPATCHED' && input.stationId) return rejected('stationId', 'NOT_APPLICABLE', 'Only dispatching takes a station.');
  const prefix = callerPrefix(scope.caller);
  return runChange(
    scope.em,
    async (tx) => {
      const report = await tx.findOne(StreetReport, { id: input.streetReportId });
      if (!report || prefix === null || !report.district.startsWith(prefix)) throw new Refusal({ __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'No street report with that id is visible to you.' });
      if (report.version !== input.expectedVersion) {
        throw new Refusal({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: report.version, message: `The report is at version ${report.version}, not ${input.expectedVersion}: read it again.` });
      }
      const step = checkStep(report.status, input.to);
      if (!step.ok) throw new Refusal({ __typename: 'DispatchStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: report.status, message: step.message });
      // The previous step's time: nothing happens before it.
      const previous = [...DISPATCH_ORDER.slice(1, DISPATCH_ORDER.indexOf(report.status) + 1)].reverse().map((s) => report[STEP_TIME[s as keyof typeof STEP_TIME]]).find(Boolean) ?? report.reportedAt;
      if (at.getTime() < previous.getTime()) {
        throw new Refusal(rejected('at', 'BEFORE_PREVIOUS_STEP', `${input.to} cannot happen before the ${report.status} step (${previous.toISOString()}).`));
      }
      if (input.to === 'DISPATCHED') {
        if (input.stationId) {
          const station = await tx.findOne(Station, { id: input.stationId, isOpen: true });
          if (!station || !station.jurisdiction.startsWith(jurisdictionPrefix(report.district))) {
            throw new Refusal(rejected('stationId', 'NOT_IN_DISTRICT', 'Send an open team or station of the report’s district.'));
          }
          report.dispatchedTo = station;
          report.dispatchDistanceMeters = station.latitude != null && station.longitude != null ? distanceMeters(report, { latitude: station.latitude, longitude: station.longitude }) : null;
        } else {
          const nearest = await nearestUnit(tx, report);
          if (!nearest) throw new Refusal(rejected('stationId', 'NO_UNIT', 'No open team or station in this district: choose one from a neighbouring district.'));
          report.dispatchedTo = nearest.station;
          report.dispatchDistanceMeters = nearest.meters;
        }
      }
      report.status = input.to;
      report[STEP_TIME[input.to as keyof typeof STEP_TIME]] = at;
      if (input.to === 'CLOSED') report.closure = input.closure!;
      report.lastChangedBy = scope.caller.id;
      await tx.flush();
      await scope.audit.appendWithin(tx, [{ operation: 'TRANSITION', recordType: 'StreetReport', recordId: report.id, fields: ['status'], outcome: 'ALLOWED' }]);
      return { __typename: 'StreetReportChanged', streetReport: report } as StreetReportResult;
    },
    () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: input.expectedVersion + 1, message: 'Someone else moved the report meanwhile: read it again.' }),
  );
}

/**
 * The dispatch board as cursor pages: the open reports in the caller's jurisdiction, oldest first
 * (the id breaking ties), and how many are open; two statements a page. None to a caller whose
 * work covers no district.
 */
export async function dispatchBoardPage(em: EntityManager, caller: Caller, paging: PageArgs, maxSize = 100): Promise<KeysetPage<StreetReport>> {
  const prefix = callerPrefix(caller);
  if (prefix === null) return EMPTY_PAGE;
  return keysetPage(em, StreetReport, () => ({ status: { $ne: 'CLOSED' }, district: { $like: `${prefix}%` } }), {
    order: 'OLDEST_FIRST',
    keyset: { property: 'reportedAt', direction: 'asc' },
    readAs: 'views',
    first: paging.first,
    after: paging.after,
    last: paging.last,
    before: paging.before,
    maxSize,
  });
}

/** The deprecated whole board: its connection's first 200 reports. */
export async function dispatchBoard(em: EntityManager, caller: Caller): Promise<StreetReport[]> {
  const page = await dispatchBoardPage(em, caller, { first: DEPRECATED_BOARD_SIZE }, DEPRECATED_BOARD_SIZE);
  return page.edges.map((edge) => edge.node);
}

export interface PerformanceRow {
  group: string;
  name: string;
  reports: number;
  onSceneWithin30: number;
  share: number;
}

/**
 * The share of dispatched reports on scene within 30 minutes, per district and per level of the
 * unit sent, for reports made in [from, to) in the caller's jurisdiction. Two statements.
 *
 * The figures count exactly the street reports the caller's station work covers (the districts of
 * `workPrefix`, as on the dispatch board), so county staff never count another county's reports.
 * A street report is a sighting with no person record behind it, so no protected victim can
 * count here: the figures are anonymous by nature.
 */
export async function dispatchPerformance(em: EntityManager, caller: Caller, from: Date, to: Date): Promise<PerformanceRow[]> {
  const prefix = callerPrefix(caller);
  if (prefix === null) return [];
  const connection = em.getConnection();
  const within = `count(*) filter (where sr.on_scene_at is not null and sr.on_scene_at <= sr.reported_at + interval '${ON_SCENE_TARGET_MINUTES} minutes')`;
  const where = `sr.dispatched_to_id is not null and sr.reported_at >= ? and sr.reported_at < ? and sr.district like ?`;
  const params = [from, to, `${prefix}%`];
  const [byDistrict, byLevel] = await Promise.all([
    connection.execute<Array<{ grp: string; name: string | null; reports: string; within: string }>>(
      `select sr.district as grp, (select s.jurisdiction_name from station s where s.jurisdiction = sr.district limit 1) as name, count(*) as reports, ${within} as within
       from street_report sr where ${where} group by sr.district order by sr.district`,
      params,
    ),
    connection.execute<Array<{ grp: string; name: string | null; reports: string; within: string }>>(
      `select s.level as grp, s.level as name, count(*) as reports, ${within} as within
       from street_report sr join station s on s.id = sr.dispatched_to_id where ${where} group by s.level order by s.level`,
      params,
    ),
  ]);
  return [...byDistrict, ...byLevel].map((row) => {
    const reports = Number(row.reports);
    const onSceneWithin30 = Number(row.within);
    return { group: row.grp, name: row.name ?? row.grp, reports, onSceneWithin30, share: reports === 0 ? 0 : onSceneWithin30 / reports };
  });
}
