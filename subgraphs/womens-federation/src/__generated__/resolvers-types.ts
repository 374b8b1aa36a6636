import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel } from '@lifeline/subgraph-runtime';
import type { ShelterReferral as ShelterReferralModel } from '../entities/shelter-referral.entity';
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
  /** The women's-federation trail. */
  womensFederation: AuditEventPage;
};

/** A person known to the network (owned by civil affairs); the women's federation adds shelter referrals. */
export type Person = {
  __typename?: 'Person';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Shelter referrals for this person, newest first (visible only to those entitled); null (with an error) only when the women's federation cannot be reached. */
  shelterReferrals: Maybe<Array<ShelterReferral>>;
};

/** Reads of the women's-federation records. */
export type Query = {
  __typename?: 'Query';
  /** One shelter referral by id (null when it does not exist or is not visible to the caller). */
  shelterReferral: Maybe<ShelterReferral>;
  /** Shelter referrals in a status, newest first. */
  shelterReferrals: Array<ShelterReferral>;
};


/** Reads of the women's-federation records. */
export type QueryShelterReferralArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the women's-federation records. */
export type QueryShelterReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ShelterReferralStatus>;
};

/** The assessed risk to the victim. */
export type RiskLevel =
  /** Immediate danger to life. */
  | 'CRITICAL'
  /** High risk. */
  | 'HIGH'
  /** Low risk. */
  | 'LOW'
  /** Medium risk. */
  | 'MEDIUM';

/**
 * A request by the women's federation or the police to shelter a victim of domestic violence or
 * trafficking at the center's shelter.
 */
export type ShelterReferral = {
  __typename?: 'ShelterReferral';
  /** Number of children accompanying the victim. */
  accompanyingChildren: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The victim; null when the person is not visible to the caller. */
  person: Maybe<Person>;
  /** The caseworker who submitted the referral. */
  referringCaseworker: Scalars['String']['output'];
  /** The organisation that referred the victim (a women's federation office or police unit). */
  referringOrganisation: Scalars['String']['output'];
  /** The assessed risk. */
  riskLevel: RiskLevel;
  /** Where the referral stands. */
  status: ShelterReferralStatus;
  /** When the referral was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** What the victim is fleeing. */
  victimType: VictimType;
};

/** Where a shelter referral stands. */
export type ShelterReferralStatus =
  /** Accepted, with places reserved in the shelter. */
  | 'ACCEPTED'
  /** The victim has arrived and stays in the shelter. */
  | 'ADMITTED'
  /** Nothing more to do. */
  | 'CLOSED'
  /** Declined by the center, with a reason. */
  | 'DECLINED'
  /** The victim has left the shelter. */
  | 'DISCHARGED'
  /** The stay has been extended past the standard 10 days. */
  | 'EXTENDED'
  /** The victim was referred on to other services. */
  | 'REFERRED_OUT'
  /** Submitted by the caseworker; the center has not answered yet. */
  | 'SUBMITTED';

/** What the victim is fleeing. */
export type VictimType =
  /** Domestic violence. */
  | 'DOMESTIC_VIOLENCE'
  /** Trafficking. */
  | 'TRAFFICKING';

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
  Person: Person;
  ShelterReferral: ShelterReferral;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  ShelterReferral:
    ( { __typename: 'ShelterReferral' }
    & GraphQLRecursivePick<FederationTypes['ShelterReferral'], {"id":true}> );
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskLevel: RiskLevel;
  ShelterReferral: ResolverTypeWrapper<ShelterReferralModel>;
  ShelterReferralStatus: ShelterReferralStatus;
  VictimType: VictimType;
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
  DateTime: Scalars['DateTime']['output'];
  Person: EntityReferenceModel;
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  ShelterReferral: ShelterReferralModel;
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
  womensFederation?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shelterReferrals?: Resolver<Maybe<Array<ResolversTypes['ShelterReferral']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  shelterReferral?: Resolver<Maybe<ResolversTypes['ShelterReferral']>, ParentType, ContextType, RequireFields<QueryShelterReferralArgs, 'id'>>;
  shelterReferrals?: Resolver<Array<ResolversTypes['ShelterReferral']>, ParentType, ContextType, RequireFields<QueryShelterReferralsArgs, 'first'>>;
}>;

export type ShelterReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferral'] = ResolversParentTypes['ShelterReferral'], FederationReferenceType extends FederationReferenceTypes['ShelterReferral'] = FederationReferenceTypes['ShelterReferral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ShelterReferral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accompanyingChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  referringCaseworker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referringOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShelterReferralStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  victimType?: Resolver<ResolversTypes['VictimType'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShelterReferral?: ShelterReferralResolvers<ContextType>;
}>;

