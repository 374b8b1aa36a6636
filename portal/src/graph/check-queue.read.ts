/**
 * The check queue's view (from the URL) as `identityChecksConnection` arguments. A name search
 * asks civil affairs first for the persons it finds (the graph decides whom the user may find),
 * then public security for those persons' checks: the two agencies keep their own records.
 */
import { checkQueueArguments, type CheckQueueView } from '@/lib/check-queue.params';
import { queryGraph, type GraphError } from './graph-client';
import { CheckQueuePersonsQuery } from './identity-check-queue.query';

/** The most persons a name search narrows the queue to (public security's limit). */
export const NAME_SEARCH_PERSONS = 100;

export interface CheckQueueGraphArguments {
  arguments: ReturnType<typeof checkQueueArguments> & { personIds: string[] | null };
  /** Errors of the person search, if it failed (then no check is shown). */
  errors: GraphError[];
  /** More persons matched the name than the queue was narrowed to: a fuller name finds the rest. */
  personsCapped: boolean;
}

export async function checkQueueGraphArguments(view: CheckQueueView): Promise<CheckQueueGraphArguments> {
  const base = checkQueueArguments(view);
  if (!view.name) return { arguments: { ...base, personIds: null }, errors: [], personsCapped: false };
  const persons = await queryGraph(CheckQueuePersonsQuery, { search: view.name, first: NAME_SEARCH_PERSONS });
  const found = persons.data?.persons;
  return {
    arguments: { ...base, personIds: found ? found.edges.map((edge) => edge.node.id) : [] },
    errors: found ? [] : persons.errors,
    personsCapped: found?.pageInfo.hasNextPage ?? false,
  };
}
