/**
 * `GET /shelter/export?list=waiting|placements&…`: one list of the shelter desk's current view (the
 * same URL parameters as the page, every page of it) as a CSV file in the user's language and the
 * city's time zone: the referrals waiting for an answer, or the shelter's records. Both are read
 * with the purpose `export`, so civil affairs' audit trail records each referral or record that
 * left the screen (and the women's federation's trail each victim's details read for it).
 */
import { getFormatter, getTranslations } from 'next-intl/server';
import { type NextRequest, NextResponse } from 'next/server';
import { connectionCsvResponse, EXPORT_PAGE_SIZE, EXPORT_PURPOSE } from '@/graph/connection-export';
import { queryGraph } from '@/graph/graph-client';
import { ShelterPlacementsPageQuery, ShelterWaitingPageQuery } from '@/graph/shelter.query';
import { parseShelterDeskView, placementArguments, readShelterDeskList, waitingArguments } from '@/lib/shelter-desk.params';

export async function GET(request: NextRequest): Promise<Response> {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const list = readShelterDeskList(params);
  const t = await getTranslations();
  if (!list) return new NextResponse(t('shelterWork.export.noList'), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const view = parseShelterDeskView(params);
  const first = { ...view, waiting: {}, placements: {} };
  const format = await getFormatter();
  const at = (value: string | null | undefined) => (value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeStyle: 'short' }) : '');
  const texts = {
    forbidden: t('shelterWork.export.forbidden'),
    failed: t('shelterWork.export.failed'),
    tooLarge: (count: number, max: number) => t('shelterWork.export.tooLarge', { count, max }),
  };
  if (list === 'waiting') {
    const base = waitingArguments(first, EXPORT_PAGE_SIZE);
    return connectionCsvResponse({
      readPage: async (after) => {
        const result = await queryGraph(ShelterWaitingPageQuery, { ...base, after, purpose: EXPORT_PURPOSE });
        return { connection: result.data?.shelterReferralsAwaitingAnswer, errors: result.errors };
      },
      header: ['id', 'victim', 'sex', 'age', 'risk', 'victimType', 'party', 'organisation', 'submittedAt'].map((column) => t(`shelterWork.export.columns.${column}` as 'shelterWork.export.columns.id')),
      row: (node) => [
        node.id,
        node.victim.name ?? '',
        t(`enums.VictimSex.${node.victim.sex}`),
        node.victim.age ?? '',
        t(`enums.RiskLevel.${node.riskLevel}`),
        t(`enums.VictimType.${node.victimType}`),
        1 + node.accompanyingChildren,
        node.referringOrganisation,
        at(node.submittedAt),
      ],
      fileName: 'shelter-referrals-waiting',
      texts,
    });
  }
  const base = placementArguments(first, EXPORT_PAGE_SIZE);
  return connectionCsvResponse({
    readPage: async (after) => {
      const result = await queryGraph(ShelterPlacementsPageQuery, { ...base, after, purpose: EXPORT_PURPOSE });
      return { connection: result.data?.shelterPlacementsConnection, errors: result.errors };
    },
    header: ['referral', 'status', 'victim', 'party', 'organisation', 'decidedAt', 'admittedAt', 'stayUntil', 'endedAt'].map((column) => t(`shelterWork.export.columns.${column}` as 'shelterWork.export.columns.id')),
    row: (node) => [
      node.referralId,
      t(`enums.ShelterPlacementStatus.${node.status}`),
      node.person?.displayName ?? '',
      node.partySize,
      node.referringOrganisation ?? '',
      at(node.decidedAt),
      at(node.admittedAt),
      at(node.stayUntil),
      at(node.endedAt),
    ],
    fileName: 'shelter-placements',
    texts,
  });
}
