/**
 * The per-request context of the civil-affairs subgraph: the verified caller, a fresh EntityManager
 * fork, this request's loaders (scoped to the caller) and its audit entries.
 */
import { type MikroORM } from '@mikro-orm/core';
import { type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createRequestContext, type RequestScope, type SubgraphRequestContext } from '@lifeline/subgraph-runtime';
import { createLoaders, type Loaders } from './loaders';

export type SubgraphContext = SubgraphRequestContext<Loaders>;

/** Builds the context for one request. */
export function createContext(orm: MikroORM<PostgreSqlDriver>, scope: RequestScope): SubgraphContext {
  return createRequestContext(orm, scope, createLoaders);
}
