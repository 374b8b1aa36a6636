'use server';
/** The dispatch board's changes, as server actions: report a sighting, move a report one step. */
import { DISPATCH_ORDER } from '@/lib/dispatch-step.rules';
import { REPORT_CLOSURES, REPORT_SOURCES } from '@/lib/rescue-operations.vocabulary';
import type { ChangeOutcome } from './change-outcome';
import { readChangeOutcome } from './change-outcome.read';
import { instant, integerOf, numberOf, oneOf, requiredText, text } from './change-input.reader';
import { AdvanceStreetReportMutation, ReportStreetSightingMutation } from './dispatch-board.query';
import { queryGraph } from './graph-client';

const refused = (field: string): ChangeOutcome => ({ ok: false, refusal: { kind: 'InputRejected', field, code: 'REQUIRED' } });

/** Records a street sighting or call (the clock starts at its report time, now unless given). */
export async function reportStreetSighting(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const source = oneOf(REPORT_SOURCES, input.source);
  const latitude = numberOf(input.latitude);
  const longitude = numberOf(input.longitude);
  if (!source) return refused('source');
  if (latitude === undefined) return refused('latitude');
  if (longitude === undefined) return refused('longitude');
  const result = await queryGraph(ReportStreetSightingMutation, {
    input: {
      source,
      description: requiredText(input.description),
      latitude,
      longitude,
      address: requiredText(input.address),
      district: requiredText(input.district),
      reportedAt: instant(input.reportedAt),
      idempotencyKey: text(input.idempotencyKey),
    },
  });
  return readChangeOutcome(result, (data) => data.reportStreetSighting, (answer) => ('streetReport' in answer ? answer.streetReport.id : null));
}

/** Moves a report one step along the loop, at the time given (now unless given). */
export async function advanceStreetReport(input: Record<string, unknown>): Promise<ChangeOutcome> {
  const streetReportId = text(input.streetReportId);
  const expectedVersion = integerOf(input.expectedVersion);
  const to = oneOf(DISPATCH_ORDER, input.to);
  if (!streetReportId || expectedVersion === undefined) return refused('streetReportId');
  if (!to) return refused('to');
  const closure = oneOf(REPORT_CLOSURES, input.closure);
  if (to === 'CLOSED' && !closure) return refused('closure');
  const result = await queryGraph(AdvanceStreetReportMutation, {
    input: { streetReportId, expectedVersion, to, at: instant(input.at), closure: to === 'CLOSED' ? closure : undefined },
  });
  return readChangeOutcome(result, (data) => data.advanceStreetReport, (answer) => ('streetReport' in answer ? answer.streetReport.id : null));
}
