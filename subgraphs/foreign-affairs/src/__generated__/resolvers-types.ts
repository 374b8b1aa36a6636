import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel } from '@lifeline/subgraph-runtime';
import type { AidEntrustment as AidEntrustmentModel } from '../entities/aid-entrustment.entity';
import type { EntrustedAidItem as EntrustedAidItemModel } from '../entities/entrusted-aid-item.entity';
import type { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** The foreign-affairs office's written instruction (书面委托) to aid a named foreign national. */
export type AidEntrustment = {
  __typename?: 'AidEntrustment';
  /** Document number, unique per issuing office. */
  documentNumber: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The office that issued it. */
  issuingOffice: IssuingOffice;
  /** The kinds of aid entrusted, each with its cap. */
  items: Array<EntrustedAidItem>;
  /** Nationality as an ISO 3166-1 alpha-3 code. */
  nationality: Scalars['String']['output'];
  /** Passport number. */
  passportNumber: Scalars['String']['output'];
  /** The foreign national to be aided; null when the person is not visible to the caller (for example a protected victim). */
  person: Maybe<Person>;
  /** Where the entrustment stands. */
  status: AidEntrustmentStatus;
  /** The most that may be spent in all, in fen (1/100 CNY). */
  totalCapFen: Scalars['Int']['output'];
  /** Start of the validity window. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the validity window; deliveries after it are refused. */
  validUntil: Scalars['DateTime']['output'];
};

/** Where an entrustment stands. */
export type AidEntrustmentStatus =
  /** Accepted by the center. */
  | 'ACCEPTED'
  /** The validity window has passed. */
  | 'EXPIRED'
  /** All entrusted aid has been delivered. */
  | 'FULFILLED'
  /** Aid is being delivered against it. */
  | 'IN_PROGRESS'
  /** Issued by the office; the center has not accepted it yet. */
  | 'ISSUED'
  /** Revoked by the issuing office. */
  | 'REVOKED';

/** A kind of aid the center may deliver under an entrustment. */
export type AidItemKind =
  /** Communication (phone calls, SIM card). */
  | 'COMMUNICATION'
  /** A domestic travel ticket. */
  | 'DOMESTIC_TICKET'
  /** Food. */
  | 'FOOD'
  /** An international travel ticket. */
  | 'INTERNATIONAL_TICKET'
  /** Lodging. */
  | 'LODGING';

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
  /** The foreign-affairs trail. */
  foreignAffairs: AuditEventPage;
};

/** One kind of aid entrusted, with its cap. */
export type EntrustedAidItem = {
  __typename?: 'EntrustedAidItem';
  /** The most that may be spent on it, in fen (1/100 CNY). */
  capFen: Scalars['Int']['output'];
  /** The kind of aid. */
  kind: AidItemKind;
};

/** The office that issued an entrustment. */
export type IssuingOffice =
  /** The foreign-affairs office (外办). */
  | 'FOREIGN_AFFAIRS_OFFICE'
  /** The Hong Kong, Macao and Taiwan affairs office (台港澳办). */
  | 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE';

/** A person known to the network (owned by civil affairs); the foreign-affairs office adds its entrustments. */
export type Person = {
  __typename?: 'Person';
  /** Written entrustments for aid to this person, newest first; null (with an error) only when the foreign-affairs office cannot be reached. */
  aidEntrustments: Maybe<Array<AidEntrustment>>;
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
};

/** Reads of the foreign-affairs records. */
export type Query = {
  __typename?: 'Query';
  /** One entrustment by id. */
  aidEntrustment: Maybe<AidEntrustment>;
  /** Entrustments in a status, newest first. */
  aidEntrustments: Array<AidEntrustment>;
};


/** Reads of the foreign-affairs records. */
export type QueryAidEntrustmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the foreign-affairs records. */
export type QueryAidEntrustmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AidEntrustmentStatus>;
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
  AidEntrustment: AidEntrustment;
  AuditTrail: AuditTrail;
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AidEntrustment:
    ( { __typename: 'AidEntrustment' }
    & GraphQLRecursivePick<FederationTypes['AidEntrustment'], {"id":true}> );
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AidEntrustment: ResolverTypeWrapper<AidEntrustmentModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AidEntrustmentStatus: AidEntrustmentStatus;
  AidItemKind: AidItemKind;
  AuditChainCheck: ResolverTypeWrapper<AuditChainReportModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventSourceModel>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPageSourceModel>;
  AuditOutcome: AuditOutcome;
  AuditTrail: ResolverTypeWrapper<AuditTrailSourceModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EntrustedAidItem: ResolverTypeWrapper<EntrustedAidItemModel>;
  IssuingOffice: IssuingOffice;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AidEntrustment: AidEntrustmentModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AuditChainCheck: AuditChainReportModel;
  Boolean: Scalars['Boolean']['output'];
  AuditEvent: AuditEventSourceModel;
  AuditEventPage: AuditEventPageSourceModel;
  AuditTrail: AuditTrailSourceModel;
  DateTime: Scalars['DateTime']['output'];
  EntrustedAidItem: EntrustedAidItemModel;
  Person: EntityReferenceModel;
  Query: Record<PropertyKey, never>;
}>;

export type AidEntrustmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustment'] = ResolversParentTypes['AidEntrustment'], FederationReferenceType extends FederationReferenceTypes['AidEntrustment'] = FederationReferenceTypes['AidEntrustment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AidEntrustment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuingOffice?: Resolver<ResolversTypes['IssuingOffice'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['EntrustedAidItem']>, ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passportNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AidEntrustmentStatus'], ParentType, ContextType>;
  totalCapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  foreignAffairs?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntrustedAidItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EntrustedAidItem'] = ResolversParentTypes['EntrustedAidItem']> = ResolversObject<{
  capFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AidItemKind'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aidEntrustments?: Resolver<Maybe<Array<ResolversTypes['AidEntrustment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  aidEntrustment?: Resolver<Maybe<ResolversTypes['AidEntrustment']>, ParentType, ContextType, RequireFields<QueryAidEntrustmentArgs, 'id'>>;
  aidEntrustments?: Resolver<Array<ResolversTypes['AidEntrustment']>, ParentType, ContextType, RequireFields<QueryAidEntrustmentsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AidEntrustment?: AidEntrustmentResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EntrustedAidItem?: EntrustedAidItemResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

