/**
 * The per-request context every subgraph builds the same way: the verified caller, a fresh
 * EntityManager fork (the request's unit of work), the request's loaders scoped to the caller,
 * and its audit entries (appended when the response is ready).
 */
import { type MikroORM } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type Caller } from './auth/caller';
import { AuditAppender, RequestAudit } from './audit/audit-trail';
import { type RequestScope } from './subgraph';

export interface SubgraphRequestContext<TLoaders> extends RequestScope {
  em: EntityManager;
  loaders: TLoaders;
  audit: RequestAudit;
}

/** One audit appender per open database, so the requests of a process share its batches. */
const appenders = new WeakMap<MikroORM<PostgreSqlDriver>, AuditAppender>();

/** The audit appender of an open database (shared by all its requests in this process). */
export function auditAppenderFor(orm: MikroORM<PostgreSqlDriver>): AuditAppender {
  let appender = appenders.get(orm);
  if (!appender) {
    appender = new AuditAppender(() => orm.em.fork() as EntityManager);
    appenders.set(orm, appender);
  }
  return appender;
}

/** Builds one request's context with the subgraph's own loaders. */
export function createRequestContext<TLoaders>(
  orm: MikroORM<PostgreSqlDriver>,
  scope: RequestScope,
  createLoaders: (em: EntityManager, caller: Caller) => TLoaders,
): SubgraphRequestContext<TLoaders> {
  const em = orm.em.fork() as EntityManager;
  return {
    ...scope,
    em,
    loaders: createLoaders(em, scope.caller),
    audit: new RequestAudit(auditAppenderFor(orm), scope.caller, scope.requestId),
  };
}
