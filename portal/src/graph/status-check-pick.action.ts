'use server';
/**
 * The status checks an entrustment may rest on: those of the person it is for, as the graph shows
 * them to the caller (the foreign-affairs office sees the checks of the persons it may see).
 */
import type { StatusCheckPickQuery as StatusCheckPickResult } from '@/gql/graphql';
import { isRecordId } from '@/lib/record-id.params';
import { queryGraph } from './graph-client';
import { StatusCheckPickQuery } from './status-check-pick.query';

export type StatusCheckChoice = NonNullable<NonNullable<StatusCheckPickResult['person']>['foreignNationalStatusChecks']>[number];

/** The person's status checks, newest first; none for a malformed id, an unknown person or a refusal. */
export async function findStatusChecksOfPerson(personId: unknown): Promise<StatusCheckChoice[]> {
  if (typeof personId !== 'string' || !isRecordId(personId)) return [];
  const result = await queryGraph(StatusCheckPickQuery, { personId });
  const checks = result.data?.person?.foreignNationalStatusChecks ?? [];
  return [...checks].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}
