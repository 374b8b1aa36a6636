/**
 * Written aid entrustments (书面委托) from the foreign-affairs office (or the Hong Kong, Macao
 * and Taiwan affairs office) for the foreign nationals in care: one each, two for some (an
 * earlier one expired or revoked and re-issued). Caps are whole yuan, stored in fen.
 */
import type { AidEntrustmentStatus, DemoAidEntrustment, DemoAidItem, IssuingOffice } from './demo-region.types';
import { DAY_MINUTES, HOUR_MINUTES, addMinutes, minutesBetween, type GenerationContext } from './generation.context';
import { chinaDate } from './person.generator';
import type { PersonCases } from './rescue-case.generator';

const D = DAY_MINUTES;
const H = HOUR_MINUTES;

const DOCUMENT_PREFIX: Record<IssuingOffice, string> = {
  FOREIGN_AFFAIRS_OFFICE: '外办委',
  HK_MACAO_TAIWAN_AFFAIRS_OFFICE: '台港澳办委',
};
/** The number of the first entrustment in the demo, per office (earlier ones predate the demo). */
const FIRST_DOCUMENT_NUMBER: Record<IssuingOffice, number> = {
  FOREIGN_AFFAIRS_OFFICE: 27,
  HK_MACAO_TAIWAN_AFFAIRS_OFFICE: 5,
};

function drawItems(ctx: GenerationContext, internationalTicket: boolean, hongKong: boolean): DemoAidItem[] {
  const yuan = (min: number, max: number): number => ctx.int(min, max) * 100;
  const items: DemoAidItem[] = [
    { kind: 'FOOD', capFen: yuan(300, 800) },
    { kind: 'LODGING', capFen: yuan(1000, 3000) },
  ];
  if (ctx.chance(0.6)) items.push({ kind: 'COMMUNICATION', capFen: yuan(50, 200) });
  if (hongKong || ctx.chance(0.4)) items.push({ kind: 'DOMESTIC_TICKET', capFen: yuan(500, 1500) });
  if (internationalTicket && !hongKong) items.push({ kind: 'INTERNATIONAL_TICKET', capFen: yuan(3000, 9000) });
  return items;
}

/** Generates the entrustments of the foreign nationals among `entries`, oldest first. */
export function generateAidEntrustments(ctx: GenerationContext, entries: PersonCases[]): DemoAidEntrustment[] {
  const entrustments: DemoAidEntrustment[] = [];
  const latest = addMinutes(ctx.now, -10);
  for (const entry of entries) {
    const plan = entry.draft.plan.foreign;
    if (plan === null) continue;
    const { person } = entry.draft;
    const { current } = entry;
    const span = minutesBetween(current.intakeAt, latest);
    let issuedAt = ctx.after(current.intakeAt, Math.min(4 * H, Math.floor(span / 2)), Math.min(30 * H, span));
    let previous: { status: AidEntrustmentStatus; issuedAt: Date; validUntil: Date } | null = null;
    for (const status of plan.entrustments) {
      if (previous !== null) {
        const next =
          previous.status === 'EXPIRED'
            ? ctx.after(previous.validUntil, 12 * H, 2 * D)
            : ctx.after(previous.issuedAt, D, 2 * D);
        issuedAt = next.getTime() > latest.getTime() ? latest : next;
      }
      const validUntil = addMinutes(issuedAt, (status === 'EXPIRED' ? 14 : 30) * D);
      const items = drawItems(
        ctx,
        current.exitReason === 'RETURNED_HOME' || ctx.chance(0.3),
        person.nationality === 'HKG',
      );
      const sum = items.reduce((total, item) => total + item.capFen, 0);
      entrustments.push({
        id: ctx.nextId('aid-entrustment'),
        personId: person.id,
        documentNumber: '',
        issuingOffice: plan.office,
        nationality: person.nationality!,
        passportNumber: person.passportNumber!,
        status,
        items,
        totalCapFen: ctx.chance(0.5) ? sum : Math.floor((sum * 0.9) / 10_000) * 10_000,
        validFrom: issuedAt,
        validUntil,
        issuedAt,
      });
      previous = { status, issuedAt, validUntil };
    }
  }

  entrustments.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const next = new Map<string, number>();
  for (const entrustment of entrustments) {
    const year = chinaDate(entrustment.issuedAt).slice(0, 4);
    const key = `${entrustment.issuingOffice}|${year}`;
    const number = next.get(key) ?? FIRST_DOCUMENT_NUMBER[entrustment.issuingOffice];
    next.set(key, number + 1);
    entrustment.documentNumber = `${DOCUMENT_PREFIX[entrustment.issuingOffice]}〔${year}〕${String(number).padStart(3, '0')}号`;
  }
  return entrustments;
}
