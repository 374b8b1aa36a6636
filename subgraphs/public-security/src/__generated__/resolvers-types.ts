import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel } from '@lifeline/subgraph-runtime';
import type { IdentityCheck as IdentityCheckModel } from '../entities/identity-check.entity';
import type { BiometricSample as BiometricSampleModel } from '../entities/biometric-sample.entity';
import type { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example `2026-11-29T08:30:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The result of recomputing an audit trail's hash chain from its first line. */
export type AuditChainCheck = {
  __typename?: 'AuditChainCheck';
  /** Lines checked. */
  checked: Scalars['Int']['output'];
  /** The first line that does not follow, when the chain is broken. */
  firstBrokenSeq: Maybe<Scalars['String']['output']>;
  /** True when every line follows from the one before. */
  ok: Scalars['Boolean']['output'];
};

/** One line of an agency's audit trail: who read or changed what, when and why, and whether it was allowed. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Username or client id. */
  actor: Scalars['String']['output'];
  /** `user`, `service` or `anonymous`. */
  actorKind: Scalars['String']['output'];
  /** The actor's agency. */
  agency: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Fields read or changed. */
  fields: Array<Scalars['String']['output']>;
  /** SHA-256 chaining this line to the previous one. */
  hash: Scalars['String']['output'];
  /** What was done: READ, SEARCH, CREATE, UPDATE, TRANSITION, … */
  operation: Scalars['String']['output'];
  /** Whether the access was allowed. */
  outcome: AuditOutcome;
  /** The purpose the actor gave, if any. */
  purpose: Maybe<Scalars['String']['output']>;
  /** The record's id, when one record was concerned. */
  recordId: Maybe<Scalars['String']['output']>;
  /** The record type (a GraphQL type name). */
  recordType: Scalars['String']['output'];
  /** The request it belongs to (as in the service logs). */
  requestId: Scalars['String']['output'];
  /** The actor's roles at the time. */
  roles: Array<Scalars['String']['output']>;
  /** Position in the agency's trail (increasing). */
  seq: Scalars['String']['output'];
};

/** A page of one agency's audit trail, with the state of its hash chain. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The whole trail's chain, recomputed. */
  chain: AuditChainCheck;
  /** Matching lines, newest first. */
  events: Array<AuditEvent>;
};

/** The outcome of an audited access. */
export type AuditOutcome =
  /** The access was allowed. */
  | 'ALLOWED'
  /** The access was refused. */
  | 'DENIED';

/** Every agency's audit trail under one filter (owned by civil affairs); this agency adds its own page. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /** The filter and page size, encoded (opaque). */
  filterKey: Scalars['String']['output'];
  /** The public-security trail. */
  publicSecurity: AuditEventPage;
};

/** A biometric sample taken for an identity check: kind, sample code, who took it and when. */
export type BiometricSample = {
  __typename?: 'BiometricSample';
  /** When the sample was collected. */
  collectedAt: Scalars['DateTime']['output'];
  /** Who collected the sample (officer identifier). */
  collectedBy: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Kind of sample. */
  kind: SampleKind;
  /** The laboratory's sample code. */
  sampleCode: Scalars['String']['output'];
};

/** A police verification of who a person is: requested by a station, answered by public security. */
export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  /** When a result was recorded; null while open. */
  concludedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every change of the check, oldest first. */
  events: Array<IdentityCheckEvent>;
  /** Place of household registration (户籍地), when matched. */
  householdRegistration: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True while the check is open past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The person checked; null when the person is not visible to the caller (for example a protected victim). */
  person: Maybe<Person>;
  /** Why the check was requested. */
  reason: IdentityCheckReason;
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** The station that asked for the check. */
  requestingStation: Station;
  /** When the police result is due (one month after the request). */
  resultDueAt: Scalars['DateTime']['output'];
  /** Samples collected for the check: public-security roles only (null with a FORBIDDEN error for others). */
  samples: Maybe<Array<BiometricSample>>;
  /** Where the check stands. */
  status: IdentityCheckStatus;
  /** Verified resident ID number, when matched. */
  verifiedIdNumber: Maybe<Scalars['String']['output']>;
  /** Verified name, when matched. */
  verifiedName: Maybe<Scalars['String']['output']>;
  /** Version for optimistic locking: pass it back as `expectedVersion` when changing the check. */
  version: Scalars['Int']['output'];
};

/** The check after a successful change. */
export type IdentityCheckChanged = {
  __typename?: 'IdentityCheckChanged';
  /** The check as it now stands. */
  identityCheck: IdentityCheck;
};

/** One change of an identity check: appended, never rewritten. */
export type IdentityCheckEvent = {
  __typename?: 'IdentityCheckEvent';
  /** Who (officer or staff username). */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the request. */
  fromStatus: Maybe<IdentityCheckStatus>;
  /** Why, or what was done. */
  note: Maybe<Scalars['String']['output']>;
  /** The state after. */
  toStatus: IdentityCheckStatus;
};

/** Input that was refused; nothing was stored. */
export type IdentityCheckInputRejected = {
  __typename?: 'IdentityCheckInputRejected';
  /** A stable code for the failed check (e.g. DUPLICATE, CHECK_CHARACTER). */
  code: Scalars['String']['output'];
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** The outcome of a comparison. */
export type IdentityCheckOutcome =
  /** The comparison could not decide. */
  | 'INCONCLUSIVE'
  /** A verified identity was found. */
  | 'MATCHED'
  /** No record matched. */
  | 'NO_MATCH';

/** Why a station asks for an identity check. */
export type IdentityCheckReason =
  /** The stated identity needs confirming. */
  | 'CLAIMED_IDENTITY'
  /** Re-check before settlement, to avoid a duplicate household registration. */
  | 'SETTLEMENT_RECHECK'
  /** The person may be a foreign national. */
  | 'SUSPECTED_FOREIGN_NATIONAL'
  /** The person cannot or will not say who they are. */
  | 'UNIDENTIFIED_PERSON';

/** The change is not allowed from the check's current state, or someone changed it first; nothing was stored. */
export type IdentityCheckRefused = {
  __typename?: 'IdentityCheckRefused';
  /** The state the check is in. */
  currentStatus: IdentityCheckStatus;
  /** Its current version. */
  currentVersion: Scalars['Int']['output'];
  /** Why. */
  message: Scalars['String']['output'];
};

/** What a change to an identity check answers. */
export type IdentityCheckResult = IdentityCheckChanged | IdentityCheckInputRejected | IdentityCheckRefused;

/** Where an identity check stands. */
export type IdentityCheckStatus =
  /** Comparison in progress. */
  | 'COMPARING'
  /** The comparison could not decide. */
  | 'INCONCLUSIVE'
  /** A verified identity was found. */
  | 'MATCHED'
  /** No record matched. */
  | 'NO_MATCH'
  /** Requested by a station, waiting for the police to collect samples. */
  | 'REQUESTED'
  /** Samples collected; comparison not yet started. */
  | 'SAMPLE_COLLECTED';

/** Changes to the public-security records; expected failures come back as typed results. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The police record the result. */
  recordIdentityResult: IdentityCheckResult;
  /** The police record a sample taken for a check. */
  recordSample: IdentityCheckResult;
  /** A station asks the police to check who a person is (one open check per person and reason). */
  requestIdentityCheck: IdentityCheckResult;
  /** The police start comparing the samples. */
  startComparison: IdentityCheckResult;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRecordIdentityResultArgs = {
  input: RecordIdentityResultInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRecordSampleArgs = {
  input: RecordSampleInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRequestIdentityCheckArgs = {
  input: RequestIdentityCheckInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationStartComparisonArgs = {
  expectedVersion: Scalars['Int']['input'];
  identityCheckId: Scalars['ID']['input'];
};

/** A person known to the network (owned by civil affairs); public security adds the identity checks. */
export type Person = {
  __typename?: 'Person';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Identity checks requested for this person, newest first; null (with an error) only when public security cannot be reached. */
  identityChecks: Maybe<Array<IdentityCheck>>;
};

/** Reads of the public-security records. */
export type Query = {
  __typename?: 'Query';
  /** One identity check by id. */
  identityCheck: Maybe<IdentityCheck>;
  /** Identity checks in a status, oldest first (the police work queue). */
  identityChecks: Array<IdentityCheck>;
};


/** Reads of the public-security records. */
export type QueryIdentityCheckArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryIdentityChecksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<IdentityCheckStatus>;
};

/** The police result of a check. */
export type RecordIdentityResultInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** For MATCHED: the place of household registration. */
  householdRegistration?: InputMaybe<Scalars['String']['input']>;
  /** The check. */
  identityCheckId: Scalars['ID']['input'];
  /** The outcome. */
  outcome: IdentityCheckOutcome;
  /** For MATCHED (Chinese citizens): the verified resident ID number. */
  verifiedIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** For MATCHED: the verified name. */
  verifiedName?: InputMaybe<Scalars['String']['input']>;
};

/** A biometric sample the police took: only its kind, code, who and when. */
export type RecordSampleInput = {
  /** When it was collected (default: now); never in the future, never before the request. */
  collectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The check. */
  identityCheckId: Scalars['ID']['input'];
  /** Kind of sample. */
  kind: SampleKind;
  /** The laboratory's sample code (unique). */
  sampleCode: Scalars['String']['input'];
};

/** A station's request to the police to check who a person is. */
export type RequestIdentityCheckInput = {
  /** What the station knows that may help. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The person to check. */
  personId: Scalars['ID']['input'];
  /** Why. */
  reason: IdentityCheckReason;
  /** The requesting station (one in the caller's jurisdiction). */
  requestingStationId: Scalars['ID']['input'];
};

/** Kind of biometric sample. Only the kind, code and dates are stored in the hub; never the biometric data. */
export type SampleKind =
  /** DNA sample. */
  | 'DNA'
  /** Face image comparison. */
  | 'FACE'
  /** Fingerprints. */
  | 'FINGERPRINT';

/** A station of the rescue network (owned by civil affairs); public security adds the checks it requested. */
export type Station = {
  __typename?: 'Station';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Identity checks this station requested that are still open (not yet concluded), oldest first. */
  openIdentityChecks: Maybe<Array<IdentityCheck>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AuditTrail: AuditTrail;
  IdentityCheck: IdentityCheck;
  Person: Person;
  Station: Station;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  IdentityCheck:
    ( { __typename: 'IdentityCheck' }
    & GraphQLRecursivePick<FederationTypes['IdentityCheck'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  IdentityCheckResult:
    | ( Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: _RefType['IdentityCheck'] } )
    | ( IdentityCheckInputRejected )
    | ( IdentityCheckRefused )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditChainCheck: ResolverTypeWrapper<AuditChainReportModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventSourceModel>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPageSourceModel>;
  AuditOutcome: AuditOutcome;
  AuditTrail: ResolverTypeWrapper<AuditTrailSourceModel>;
  BiometricSample: ResolverTypeWrapper<BiometricSampleModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IdentityCheck: ResolverTypeWrapper<IdentityCheckModel>;
  IdentityCheckChanged: ResolverTypeWrapper<Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: ResolversTypes['IdentityCheck'] }>;
  IdentityCheckEvent: ResolverTypeWrapper<IdentityCheckEvent>;
  IdentityCheckInputRejected: ResolverTypeWrapper<IdentityCheckInputRejected>;
  IdentityCheckOutcome: IdentityCheckOutcome;
  IdentityCheckReason: IdentityCheckReason;
  IdentityCheckRefused: ResolverTypeWrapper<IdentityCheckRefused>;
  IdentityCheckResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IdentityCheckResult']>;
  IdentityCheckStatus: IdentityCheckStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordIdentityResultInput: RecordIdentityResultInput;
  RecordSampleInput: RecordSampleInput;
  RequestIdentityCheckInput: RequestIdentityCheckInput;
  SampleKind: SampleKind;
  Station: ResolverTypeWrapper<EntityReferenceModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditChainCheck: AuditChainReportModel;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AuditEvent: AuditEventSourceModel;
  AuditEventPage: AuditEventPageSourceModel;
  AuditTrail: AuditTrailSourceModel;
  BiometricSample: BiometricSampleModel;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  IdentityCheck: IdentityCheckModel;
  IdentityCheckChanged: Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: ResolversParentTypes['IdentityCheck'] };
  IdentityCheckEvent: IdentityCheckEvent;
  IdentityCheckInputRejected: IdentityCheckInputRejected;
  IdentityCheckRefused: IdentityCheckRefused;
  IdentityCheckResult: ResolversUnionTypes<ResolversParentTypes>['IdentityCheckResult'];
  Mutation: Record<PropertyKey, never>;
  Person: EntityReferenceModel;
  Query: Record<PropertyKey, never>;
  RecordIdentityResultInput: RecordIdentityResultInput;
  RecordSampleInput: RecordSampleInput;
  RequestIdentityCheckInput: RequestIdentityCheckInput;
  Station: EntityReferenceModel;
}>;

export type AuditChainCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditChainCheck'] = ResolversParentTypes['AuditChainCheck']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEventPageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['AuditChainCheck'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
}>;

export type AuditTrailResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  filterKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicSecurity?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
}>;

export type BiometricSampleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['BiometricSample'] = ResolversParentTypes['BiometricSample']> = ResolversObject<{
  collectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  collectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SampleKind'], ParentType, ContextType>;
  sampleCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IdentityCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheck'] = ResolversParentTypes['IdentityCheck'], FederationReferenceType extends FederationReferenceTypes['IdentityCheck'] = FederationReferenceTypes['IdentityCheck']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IdentityCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  concludedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['IdentityCheckEvent']>, ParentType, ContextType>;
  householdRegistration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['IdentityCheckReason'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestingStation?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  resultDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  samples?: Resolver<Maybe<Array<ResolversTypes['BiometricSample']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
  verifiedIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IdentityCheckChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckChanged'] = ResolversParentTypes['IdentityCheckChanged']> = ResolversObject<{
  identityCheck?: Resolver<ResolversTypes['IdentityCheck'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckEvent'] = ResolversParentTypes['IdentityCheckEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['IdentityCheckStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
}>;

export type IdentityCheckInputRejectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckInputRejected'] = ResolversParentTypes['IdentityCheckInputRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckRefused'] = ResolversParentTypes['IdentityCheckRefused']> = ResolversObject<{
  currentStatus?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckResult'] = ResolversParentTypes['IdentityCheckResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'IdentityCheckChanged' | 'IdentityCheckInputRejected' | 'IdentityCheckRefused', ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordIdentityResult?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRecordIdentityResultArgs, 'input'>>;
  recordSample?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRecordSampleArgs, 'input'>>;
  requestIdentityCheck?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRequestIdentityCheckArgs, 'input'>>;
  startComparison?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationStartComparisonArgs, 'expectedVersion' | 'identityCheckId'>>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityChecks?: Resolver<Maybe<Array<ResolversTypes['IdentityCheck']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  identityCheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType, RequireFields<QueryIdentityCheckArgs, 'id'>>;
  identityChecks?: Resolver<Array<ResolversTypes['IdentityCheck']>, ParentType, ContextType, RequireFields<QueryIdentityChecksArgs, 'first'>>;
}>;

export type StationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openIdentityChecks?: Resolver<Maybe<Array<ResolversTypes['IdentityCheck']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  BiometricSample?: BiometricSampleResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IdentityCheck?: IdentityCheckResolvers<ContextType>;
  IdentityCheckChanged?: IdentityCheckChangedResolvers<ContextType>;
  IdentityCheckEvent?: IdentityCheckEventResolvers<ContextType>;
  IdentityCheckInputRejected?: IdentityCheckInputRejectedResolvers<ContextType>;
  IdentityCheckRefused?: IdentityCheckRefusedResolvers<ContextType>;
  IdentityCheckResult?: IdentityCheckResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
}>;

