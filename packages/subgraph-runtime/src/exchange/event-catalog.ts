/**
 * The exchange's event types, defined once: who owns each fact (the only agency a consumer accepts
 * it from), what subject it is about, and the schema of its payload (checked when published and
 * again when received). Payloads carry only what the receiving agencies' jobs need (DOMAIN.md §4):
 * never a shelter's location or contact, never a victim's name or identifiers.
 */
import { z } from 'zod';

/** The agencies that produce and consume events: the subgraph names. */
export const EXCHANGE_AGENCIES = ['civil-affairs', 'public-security', 'womens-federation', 'foreign-affairs'] as const;
export type ExchangeAgency = (typeof EXCHANGE_AGENCIES)[number];

const uuid = z.string().uuid();
/** A six-digit administrative-division code (the county of the person's current case's station). */
const divisionCode = z.string().regex(/^\d{6}$/);
const username = z.string().min(1).max(100).regex(/^[\w.@-]+$/);

/** What public security and foreign affairs need to know that a person exists, and where. */
const personFacts = z
  .object({
    personId: uuid,
    /** County of the station of the person's current (latest) rescue case; null when no case yet. */
    county: divisionCode.nullable(),
    /** Whether the person is a foreign national (the nationality itself is not shared). */
    foreignNational: z.boolean(),
  })
  .strict();

const protectionStarted = z
  .object({
    personId: uuid,
    /** Usernames entitled to see her records besides shelter staff: the referring caseworker or officer. */
    entitledUsernames: z.array(username).max(50),
  })
  .strict();

const protectionEnded = z.object({ personId: uuid }).strict();

/**
 * Two records were one person: the merged record (`personId`, the subject) ends, and everything
 * about it now belongs to the surviving record (`intoPersonId`). Each agency re-points its records.
 */
const personMerged = z
  .object({
    personId: uuid,
    intoPersonId: uuid,
    mergedAt: z.string().datetime({ offset: true }),
  })
  .strict()
  .refine((merge) => merge.personId !== merge.intoPersonId, { message: 'a person cannot be merged into itself', path: ['intoPersonId'] });

/** The record was created in error: the person no longer exists for any agency (the reason stays in civil affairs). */
const personRemoved = z.object({ personId: uuid, removedAt: z.string().datetime({ offset: true }) }).strict();

/**
 * What civil affairs needs to show and search a person whose identity the police verified: the
 * verified name and ID number, and which check matched when. Never samples, codes or biometrics,
 * nor the household registration (civil affairs' job does not need it).
 */
const identityVerified = z
  .object({
    personId: uuid,
    identityCheckId: uuid,
    verifiedAt: z.string().datetime({ offset: true }),
    /** Checked by public security when recorded (letters, `·`, no control or invisible characters). */
    verifiedName: z.string().min(1).max(100),
    /** A resident ID number (GB 11643-1999) when the match established one. */
    verifiedIdNumber: z.string().regex(/^\d{17}[\dX]$/).nullable(),
  })
  .strict();

/** The women's federation's referral vocabulary, as in its SDL. */
const victimType = z.enum(['DOMESTIC_VIOLENCE', 'TRAFFICKING']);
const riskLevel = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
const referralNeed = z.enum(['MEDICAL_CARE', 'COUNSELLING', 'LEGAL_ADVICE', 'CHILDCARE', 'INTERPRETER', 'SAFE_TRANSPORT', 'DISABILITY_SUPPORT']);

/**
 * What the shelter needs to answer a referral and receive the victim (DOMAIN.md §3, §4): who
 * referred her (the caseworker is entitled to her record once admitted), what she flees and how
 * great the risk, how many places the party needs, and what to prepare. Never her name, ID number,
 * phone, the children's ages or the caseworker's notes: staff read those in the referral itself
 * when they receive her.
 */
const referralSubmitted = z
  .object({
    referralId: uuid,
    referringCaseworker: username,
    referringOrganisation: z.string().min(1).max(200),
    victimType,
    riskLevel,
    /** Children coming with her (a place is reserved for each). */
    accompanyingChildren: z.number().int().min(0).max(8),
    needs: z.array(referralNeed).max(referralNeed.options.length),
    submittedAt: z.string().datetime({ offset: true }),
  })
  .strict();

/** The caseworker withdrew the referral (the victim is not coming) or closed her file. */
const referralFileEnded = z.object({ referralId: uuid, at: z.string().datetime({ offset: true }) }).strict();

/**
 * What the foreign-affairs office needs of a police status check that found a foreign national's
 * stay legal (DOMAIN.md §3: notify the office): whose, which check, which legal status, when.
 * Never the passport, the nationality, the officers' notes or a hand-over record.
 */
const legalStatusFound = z
  .object({
    personId: uuid,
    statusCheckId: uuid,
    status: z.enum(['LEGAL_ENTRY', 'LEGAL_RESIDENCE']),
    foundAt: z.string().datetime({ offset: true }),
  })
  .strict();

/**
 * What public security needs of a family-tracing match civil affairs confirmed: whose identity,
 * the name it establishes, when. Never the missing-person report, its reporter or contact.
 */
const tracingMatchConfirmed = z
  .object({
    personId: uuid,
    /** The name on the matched missing-person report (checked by civil affairs when recorded). */
    confirmedName: z.string().min(1).max(100),
    confirmedAt: z.string().datetime({ offset: true }),
  })
  .strict();

interface EventTypeDefinition<TSchema extends z.ZodType> {
  owner: ExchangeAgency;
  subjectType: string;
  payloadVersion: number;
  payload: TSchema;
  description: string;
}

function eventType<TSchema extends z.ZodType>(definition: EventTypeDefinition<TSchema>): EventTypeDefinition<TSchema> {
  return definition;
}

export const EVENT_TYPES = {
  'person.registered': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: personFacts,
    description: 'a person is known to civil affairs: id, county, foreign-national flag',
  }),
  'person.updated': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: personFacts,
    description: "the person's county or foreign-national flag changed",
  }),
  'person.protection-started': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: protectionStarted,
    description: 'the person is a protected (sheltered) victim; who besides shelter staff may see her records',
  }),
  'person.protection-ended': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: protectionEnded,
    description: 'the protection ended; the entitlements end with it',
  }),
  'person.merged': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: personMerged,
    description: 'two records were one person: the merged one ends, its records belong to the surviving one',
  }),
  'person.removed': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: personRemoved,
    description: 'the record was created in error: the person no longer exists for any agency',
  }),
  // A MATCHED result is final (a check cannot leave MATCHED), so there is no withdrawal event.
  'identity.verified': eventType({
    owner: 'public-security',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: identityVerified,
    description: "an identity check matched: the person's verified name and ID number, which check, when",
  }),
  'referral.submitted': eventType({
    owner: 'womens-federation',
    subjectType: 'ShelterReferral',
    payloadVersion: 1,
    payload: referralSubmitted,
    description: 'a shelter referral was submitted: who referred, risk, party size and needs (no victim identifiers)',
  }),
  'referral.withdrawn': eventType({
    owner: 'womens-federation',
    subjectType: 'ShelterReferral',
    payloadVersion: 1,
    payload: referralFileEnded,
    description: 'the referring caseworker withdrew the referral: it can no longer be answered, and places held for it are released',
  }),
  'referral.closed': eventType({
    owner: 'womens-federation',
    subjectType: 'ShelterReferral',
    payloadVersion: 1,
    payload: referralFileEnded,
    description: 'the referring caseworker closed her file: it can no longer be answered, and places held for it are released',
  }),
  // A concluded status check is final (it cannot leave LEGAL_ENTRY or LEGAL_RESIDENCE), so there is no withdrawal.
  'foreign-national.status-found': eventType({
    owner: 'public-security',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: legalStatusFound,
    description: "the police found a foreign national's stay legal (the notification to the foreign-affairs office): which check, which status, when",
  }),
  'tracing.match-confirmed': eventType({
    owner: 'civil-affairs',
    subjectType: 'Person',
    payloadVersion: 1,
    payload: tracingMatchConfirmed,
    description: "a person confirmed a family-tracing match: the person's claimed name, when (for the police to verify)",
  }),
} as const;

export type EventTypeName = keyof typeof EVENT_TYPES;
export type EventPayload<T extends EventTypeName> = z.infer<(typeof EVENT_TYPES)[T]['payload']>;

/** Whether a string names a known event type. */
export function isEventTypeName(type: string): type is EventTypeName {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPES, type);
}

/** The envelope as it travels (feed page or broker message). */
export const envelopeSchema = z
  .object({
    position: z.string().regex(/^\d+$/),
    eventId: uuid,
    type: z.string().min(1).max(100),
    owner: z.string().min(1).max(100),
    subjectType: z.string().min(1).max(100),
    subjectId: z.string().min(1).max(100),
    subjectSeq: z.number().int().positive(),
    occurredAt: z.string().datetime({ offset: true }),
    payloadVersion: z.number().int().positive(),
    payload: z.unknown(),
    /** The owner's ES256 signature of the event (base64url; see event-signature.ts). */
    signature: z.string().max(200).optional(),
  })
  .strict();

export type ExchangeEnvelope = z.infer<typeof envelopeSchema>;

/** An event as a consumer's handler receives it: validated, payload typed. */
export interface ReceivedEvent<T extends EventTypeName = EventTypeName> {
  eventId: string;
  type: T;
  source: ExchangeAgency;
  subjectType: string;
  subjectId: string;
  subjectSeq: number;
  occurredAt: Date;
  payload: EventPayload<T>;
}
