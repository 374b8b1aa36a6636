/**
 * Who may touch which field of the foreign-affairs graph, as one table; anything not listed is
 * denied, and a refusal is audited. Which entrustments a caller sees is decided in the data layer
 * (domain/aid-entrustment-access.ts): for anyone else the lists are empty.
 */
import { auditTrailRules, CHANGE_LOG_TIMES, changeFeedRules, connectionRules, withChangeLogTimeRules, webhookRules, exchangeStateRules, holdsRole, isAuthenticated, ROLES, viaGateway, withScopes } from '@lifeline/subgraph-runtime';
import { allow, and, type IRules } from 'graphql-shield';

/** Any signed-in caller may ask (it is part of a person's profile); rows are scoped per caller. */
const entrustments = and(viaGateway, isAuthenticated);
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));
/** The foreign-affairs office issues, amends, revokes and closes (its own office's, in the data layer). */
const officers = and(viaGateway, holdsRole(ROLES.FAO_OFFICER));
/** The center accepts entrustments addressed to it. */
const center = and(viaGateway, holdsRole(ROLES.CENTER_STAFF));
/** The center's and the county stations' staff record deliveries. */
const deliverers = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF));
/** Aid spent per month: the staff who read entrustments for their work (sums scoped in the data layer). */
const spendReaders = and(viaGateway, holdsRole(ROLES.FAO_OFFICER, ROLES.CENTER_STAFF, ROLES.STATION_STAFF));
/** Whoever may make a change may read its typed result. */
const results = and(viaGateway, isAuthenticated);

/** The change feed: anyone signed in may ask; it lists only the records the caller may read by id. */
const feed = changeFeedRules('foreignAffairsChanges', and(viaGateway, isAuthenticated));
/** Webhooks on the feed: integrating systems manage their own subscriptions. */
const webhooks = webhookRules('foreignAffairsChanges', and(viaGateway, holdsRole(ROLES.INTEGRATION)));

const every = (rule: typeof entrustments, ...fields: string[]) => Object.fromEntries(fields.map((field) => [field, rule]));

export const permissions: IRules = withScopes('foreign-affairs', withChangeLogTimeRules({
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    aidEntrustment: entrustments,
    aidDelivery: entrustments,
    aidEntrustments: entrustments,
    aidEntrustmentsConnection: entrustments,
    aidSpendTrend: spendReaders,
    ...feed.query,
    ...webhooks.query,
  },
  ...feed.types,
  ...webhooks.types,
  ...connectionRules('AidEntrustment', entrustments),
  _Service: { sdl: viaGateway },
  PageInfo: { hasNextPage: allow, hasPreviousPage: allow, startCursor: allow, endCursor: allow },
  AidSpendMonth: { month: spendReaders, total: spendReaders, deliveries: spendReaders, byKind: spendReaders },
  AidSpendByKind: { kind: spendReaders, amount: spendReaders, deliveries: spendReaders },
  Person: { id: entrustments, aidEntrustments: entrustments },
  Station: { id: entrustments },
  ForeignNationalStatusCheck: { id: entrustments },
  AidEntrustment: every(
    entrustments,
    'id',
    'documentNumber',
    'issuingOffice',
    'person',
    'beneficiaryName',
    'nationality',
    'passportNumber',
    'mrzVerified',
    'entryStatus',
    'statusCheck',
    'policeLegalStatus',
    'status',
    'statusReason',
    'items',
    'totalCap',
    'totalCapFen',
    'validFrom',
    'validUntil',
    'issuedAt',
    'acceptedAt',
    'version',
    'versions',
    'deliveries',
    'remaining',
    'events',
    'updatedAt',
  ),
  EntrustedAidItem: { kind: entrustments, cap: entrustments, capFen: entrustments },
  AidEntrustmentVersion: every(entrustments, 'number', 'items', 'totalCap', 'totalCapFen', 'validFrom', 'validUntil', 'reason', 'createdAt', 'createdBy'),
  AidDelivery: every(entrustments, 'id', 'kind', 'quantity', 'amount', 'amountFen', 'deliveredOn', 'receiptNumber', 'deliveredBy', 'station', 'recordedAt'),
  PoliceLegalStatusFinding: every(entrustments, 'status', 'statusCheck', 'foundAt'),
  AidBalance: every(entrustments, 'totalCap', 'totalCapFen', 'delivered', 'deliveredFen', 'remaining', 'remainingFen', 'items'),
  AidItemBalance: every(entrustments, 'kind', 'cap', 'capFen', 'delivered', 'deliveredFen', 'remaining', 'remainingFen'),
  Money: every(entrustments, 'amountFen', 'currency', 'yuan'),
  AidEntrustmentEvent: every(entrustments, 'action', 'fromStatus', 'toStatus', 'at', 'actor', 'reason'),
  Mutation: {
    ...webhooks.mutation,
    issueAidEntrustment: officers,
    amendAidEntrustment: officers,
    revokeAidEntrustment: officers,
    closeAidEntrustment: officers,
    acceptAidEntrustment: center,
    recordAidDelivery: deliverers,
  },
  AidEntrustmentChanged: every(results, 'aidEntrustment'),
  AidDeliveryRecorded: every(results, 'delivery', 'aidEntrustment'),
  AidInputRejected: every(results, 'field', 'code', 'message'),
  AidEntrustmentRefused: every(results, 'currentStatus', 'code', 'field', 'message'),
  AidCapExceeded: every(results, 'kind', 'cap', 'capFen', 'delivered', 'deliveredFen', 'remaining', 'remainingFen', 'code', 'field', 'message'),
  AidEntrustmentVersionConflict: every(results, 'currentVersion', 'code', 'field', 'message'),
  AidRecordNotFound: every(results, 'code', 'field', 'message'),
  ...auditTrailRules('foreignAffairs', auditors),
  ...exchangeStateRules('foreignAffairs', auditors),
}, CHANGE_LOG_TIMES['foreign-affairs']));
