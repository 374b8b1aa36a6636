/**
 * The per-request context of the womens-federation subgraph: the verified caller, a fresh
 * EntityManager fork, this request's loaders and its audit entries.
 */
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { RequestAudit, type RequestScope } from '@lifeline/subgraph-runtime';
import { createLoaders, type Loaders } from './loaders';

export interface SubgraphContext extends RequestScope {
  em: EntityManager;
  loaders: Loaders;
  /** This request's audit entries, appended when the response is ready. */
  audit: RequestAudit;
}

/** Builds the context for one request. */
export function createContext(orm: MikroORM<PostgreSqlDriver>, scope: RequestScope): SubgraphContext {
  const em = orm.em.fork() as EntityManager;
  return {
    ...scope,
    em,
    loaders: createLoaders(em, scope.caller),
    audit: new RequestAudit(() => orm.em.fork() as EntityManager, scope.caller, scope.requestId),
  };
}
