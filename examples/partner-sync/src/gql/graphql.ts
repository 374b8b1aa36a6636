/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How far a person's identity is established. */
export type IdentityStatus =
  /** The person has said who they are, but it is not yet verified. */
  | 'CLAIMED'
  /** Nothing is known of who the person is (name unknown, age estimated). */
  | 'UNIDENTIFIED'
  /** Verified by public security (ID check or biometric comparison). */
  | 'VERIFIED';

/**
 * Why a change was refused: the `code` of every `UserError`. Each agency declares the values its
 * refusals answer; the public schema holds them all.
 */
export type UserErrorCode =
  /** A settlement of this person is already proposed, approved or in force. */
  | 'ACTIVE_SETTLEMENT'
  /** Estimated ages are whole years from 0 to 120, the lower one first. */
  | 'AGE_RANGE'
  /** The notification was already acknowledged (`acknowledgedAt`, `acknowledgedBy`). */
  | 'ALREADY_ACKNOWLEDGED'
  /** The person already has an open rescue case. */
  | 'ALREADY_IN_CARE'
  /** The temporary point is already open for an event: close it first. */
  | 'ALREADY_OPEN'
  /** The amount is not above zero, or has more than two decimals (yuan), or is out of range. */
  | 'AMOUNT'
  /** The first six digits of the resident ID number are not a valid administrative-division code. */
  | 'AREA_CODE'
  /** The time is before the last help recorded at the point. */
  | 'BEFORE_ACTIVITY'
  /** The time is before the event started. */
  | 'BEFORE_EVENT'
  /** The time is before the point opened. */
  | 'BEFORE_OPENING'
  /** The time is before the previous step of the record. */
  | 'BEFORE_PREVIOUS_STEP'
  /** The time is before the request was made. */
  | 'BEFORE_REQUEST'
  /** The delivery date is outside the entrustment's validity. */
  | 'BEFORE_WINDOW'
  /** A cap cannot be below what was already delivered. */
  | 'BELOW_DELIVERED'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** The check digit of the date of birth in the machine-readable zone is wrong. */
  | 'BIRTH_DATE_CHECK_DIGIT'
  /** Both records have an open rescue case: close one before merging. */
  | 'BOTH_IN_CARE'
  /** Both records have a settlement: revoke one before merging. */
  | 'BOTH_IN_SETTLEMENT'
  /** The delivery would exceed the entrustment's cap for the item or in total (`remaining`). */
  | 'CAP_EXCEEDED'
  /** The person's rescue case is no longer in care. */
  | 'CASE_NOT_IN_CARE'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The check character of the resident ID number (ISO 7064 MOD 11-2) does not fit the first 17 digits: the number was mistyped. */
  | 'CHECK_CHARACTER'
  /** The station is closed. */
  | 'CLOSED'
  /** The composite check digit of the machine-readable zone is wrong; it may have been misread. */
  | 'COMPOSITE_CHECK_DIGIT'
  /** The two records carry different resident ID numbers: they are not the same person. */
  | 'CONFLICTING_ID_NUMBERS'
  /** The number of entries is outside the allowed range (the message says how many). */
  | 'COUNT'
  /** Not a valid country calling code, or not an ICAO 9303 nationality code. */
  | 'COUNTRY_CODE'
  /** Not a valid calendar date. */
  | 'DATE'
  /** A document number is 1 to 64 printable characters. */
  | 'DOCUMENT_NUMBER'
  /** The check digit of the document number in the machine-readable zone is wrong; it may have been misread. */
  | 'DOCUMENT_NUMBER_CHECK_DIGIT'
  /** Not a passport's machine-readable zone (TD3). */
  | 'DOCUMENT_TYPE'
  /** Already recorded: the same record exists. */
  | 'DUPLICATE'
  /** The value is empty. */
  | 'EMPTY'
  /** The end is before the start. */
  | 'END_BEFORE_START'
  /** The validity has passed: the entrustment has expired. */
  | 'EXPIRED'
  /** The expiry date in the machine-readable zone is not a real date. */
  | 'EXPIRY_DATE'
  /** The check digit of the expiry date in the machine-readable zone is wrong. */
  | 'EXPIRY_DATE_CHECK_DIGIT'
  /** The name holds a control, zero-width or bidirectional-override character. */
  | 'FORBIDDEN_CHARACTER'
  /** The value does not have the expected format (the message says which). */
  | 'FORMAT'
  /** The time lies in the future. */
  | 'FUTURE'
  /** Not a valid id (a UUID). */
  | 'ID'
  /** The person's identity is known or claimed: trace the family instead. */
  | 'IDENTIFIED'
  /** The name holds a character that is not a letter, a mark, a space, a hyphen or `·`. */
  | 'INVALID_CHARACTER'
  /** Not a valid id (a UUID). */
  | 'INVALID_ID'
  /** The text holds control or invisible characters, or is too long. */
  | 'INVALID_TEXT'
  /** The person has an open rescue case in care. */
  | 'IN_CARE'
  /** The person has a settlement proposed, approved or in force. */
  | 'IN_SETTLEMENT'
  /** Not a known kind of aid. */
  | 'KIND'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** The value contradicts another one given (for example the date of birth in the ID number). */
  | 'MISMATCH'
  /** An international phone number starts with `+` (E.164). */
  | 'MISSING_PLUS'
  /** Give both lines of the machine-readable zone, or neither. */
  | 'MRZ_INCOMPLETE'
  /** The passport number or nationality differs from the machine-readable zone. */
  | 'MRZ_MISMATCH'
  /** Not an ICAO 9303 nationality code. */
  | 'NATIONALITY'
  /** The nationality differs from the one in the passport's machine-readable zone. */
  | 'NATIONALITY_MISMATCH'
  /** The center has not accepted the entrustment yet. */
  | 'NOT_ACCEPTED'
  /** Nothing can be delivered or changed in the entrustment's present state. */
  | 'NOT_ACTIVE'
  /** This step or outcome does not take this field. */
  | 'NOT_APPLICABLE'
  /** The DV shelter zone is assigned only through a shelter referral. */
  | 'NOT_ASSIGNABLE'
  /** That is not a step that can be taken. */
  | 'NOT_A_STEP'
  /** Only a temporary point opens for an emergency event. */
  | 'NOT_A_TEMPORARY_POINT'
  /** This kind of aid is not part of the entrustment. */
  | 'NOT_ENTRUSTED'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** The person is not in care (no open case in care). */
  | 'NOT_IN_CARE'
  /** Send an open team or station of the report's district. */
  | 'NOT_IN_DISTRICT'
  /** In care for 3 months or less: not yet long-stay, so not eligible for settlement. */
  | 'NOT_LONG_STAY'
  /** The entrustment is not valid yet. */
  | 'NOT_YET_VALID'
  /** The caller's office does not issue entrustments for this issuing office. */
  | 'NOT_YOUR_OFFICE'
  /** The shelter has fewer free places than the party needs (`requested`, `free`). */
  | 'NO_CAPACITY'
  /** The caller's account has no jurisdiction. */
  | 'NO_JURISDICTION'
  /** The shelter has no DV shelter zone. */
  | 'NO_SHELTER_ZONE'
  /** The station has no such care zone. */
  | 'NO_SUCH_ZONE'
  /** No open team or station in the district to send. */
  | 'NO_UNIT'
  /** Give exactly one of the alternatives (for example a recorded person or a new one). */
  | 'ONE_OF'
  /** The times are out of order. */
  | 'ORDER'
  /** Outside the districts of the emergency event. */
  | 'OUTSIDE_EVENT'
  /** Outside the caller's jurisdiction: the regional center handles it. */
  | 'OUTSIDE_JURISDICTION'
  /** The reported point lies farther than 80 km from every station of the city's network: the coordinates are wrong (latitude and longitude swapped, another city's point). */
  | 'OUTSIDE_REGION'
  /** A passport number is 5 to 9 letters and digits. */
  | 'PASSPORT_NUMBER'
  /** The passport number differs from the one in the machine-readable zone. */
  | 'PASSPORT_NUMBER_MISMATCH'
  /** The time, or the end of a validity, must lie after now. */
  | 'PAST'
  /** The check digit of the personal number in the machine-readable zone is wrong. */
  | 'PERSONAL_NUMBER_CHECK_DIGIT'
  /** Not a valid Chinese mobile number prefix (11 digits starting with 1[3-9]). */
  | 'PREFIX'
  /** A protected victim never gets a public tracing notice. */
  | 'PROTECTED'
  /** The quantity is not a whole number from 1 to 10000. */
  | 'QUANTITY'
  /** The number is outside the allowed range. */
  | 'RANGE'
  /** Give the reason. */
  | 'REASON'
  /** Enter the receipt number. */
  | 'RECEIPT'
  /** Approve only when the identity re-check found no household registration; otherwise decline and trace the family. */
  | 'RECHECK_NOT_CLEAR'
  /** The referring caseworker closed the referral: there is nothing to answer. */
  | 'REFERRAL_CLOSED'
  /** The referring caseworker withdrew the referral: there is nothing to answer. */
  | 'REFERRAL_WITHDRAWN'
  /** A value is required here. */
  | 'REQUIRED'
  /** The missing-person report is already resolved. */
  | 'RESOLVED'
  /** The idempotency key was already used for a different request: use a new key for a new request. */
  | 'REUSED'
  /** A record cannot be merged into itself. */
  | 'SAME_PERSON'
  /** A person is settled only through an approved settlement. */
  | 'SETTLEMENT_REQUIRED'
  /** The sex in the machine-readable zone cannot be read. */
  | 'SEX'
  /** The record's present state does not allow this step (the answer's `currentStatus` or `currentState` says which state). */
  | 'STEP_NOT_ALLOWED'
  /** The text is empty, too long, or holds control or invisible characters. */
  | 'TEXT'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** Too many entries. */
  | 'TOO_MANY'
  /** The total cap is above the sum of the item caps. */
  | 'TOTAL_ABOVE_ITEMS'
  /** Not one of the values offered. */
  | 'UNKNOWN'
  /** No station of the network serves this district. */
  | 'UNKNOWN_DISTRICT'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT'
  /** The validity ends before it starts. */
  | 'WINDOW'
  /** The care zone chosen has no free place: transfer the person or choose another zone. */
  | 'ZONE_FULL'
  /** The care zone chosen contradicts the person: minors are kept apart from adults, and men apart from women. */
  | 'ZONE_MISMATCH';

/** A webhook subscription to make. */
export type WebhookSubscriptionInput = {
  /** Start after this cursor of the same feed (to catch up from a page read before); from the feed's present end when omitted. */
  after?: string | null | undefined;
  /** Only these kinds of record (the feed's record type values, such as `AID_ENTRUSTMENT`); all when omitted. */
  types?: Array<string> | null | undefined;
  /** Where to post deliveries: an https URL (plain http only to this machine, for testing), with no user name or password in it. */
  url: string;
};

export type PartnerPersonsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PartnerPersonsPageQuery = { persons: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, identityStatus: IdentityStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnerPersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerPersonByIdQuery = { person: { id: string, displayName: string, identityStatus: IdentityStatus } | null };

export type PartnerSubscribeMutationVariables = Exact<{
  input: WebhookSubscriptionInput;
}>;


export type PartnerSubscribeMutation = { subscribeToCivilAffairsChanges:
    | { __typename: 'WebhookRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'WebhookSubscriptionChanged', secret: string | null, subscription: { id: string, cursor: string | null } }
   };

export type PartnerCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerCancelMutation = { cancelCivilAffairsWebhook:
    | { __typename: 'WebhookRefused', code: UserErrorCode, message: string }
    | { __typename: 'WebhookSubscriptionChanged' }
   };


export const PartnerPersonsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPersonsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPersonsPageQuery, PartnerPersonsPageQueryVariables>;
export const PartnerPersonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPersonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}}]}}]}}]} as unknown as DocumentNode<PartnerPersonByIdQuery, PartnerPersonByIdQueryVariables>;
export const PartnerSubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeToCivilAffairsChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscriptionChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSubscribeMutation, PartnerSubscribeMutationVariables>;
export const PartnerCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCivilAffairsWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCancelMutation, PartnerCancelMutationVariables>;