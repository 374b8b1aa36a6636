/**
 * The shelter desk lives in the URL, so a shift can bookmark its view, share it, page with the back
 * button and export exactly what it shows. It holds two server-paged lists, each with its own
 * cursor: the referrals waiting for an answer (`worder`, `wafter`/`wbefore`; the highest risk
 * first unless asked otherwise) and the shelter's records (`status`, `order`, `after`/`before`;
 * the current ones, accepted or staying, unless asked otherwise). This module turns untrusted URL
 * parameters into the two connections' arguments and back.
 */
import type { ShelterPlacementOrder, ShelterPlacementStatus, ShelterWaitingOrder } from '@/gql/graphql';
import { listHref, pageArguments, readPageCursor, type PageCursor } from './list-page.params';
import { firstParam, type SearchParams } from './search-params.reader';
import { pickEnum } from './vocabulary';

/** Rows per page of either list. */
export const SHELTER_DESK_PAGE_SIZE = 15;

/** The orders of the waiting referrals; the first is the default. */
export const SHELTER_WAITING_ORDERS = ['HIGHEST_RISK_FIRST', 'OLDEST_FIRST'] as const satisfies readonly ShelterWaitingOrder[];

/** The orders of the shelter's records; the first is the default. */
export const SHELTER_PLACEMENT_ORDERS = ['NEWEST_FIRST', 'OLDEST_FIRST'] as const satisfies readonly ShelterPlacementOrder[];

export const SHELTER_PLACEMENT_STATUSES = ['ACCEPTED', 'ADMITTED', 'EXTENDED', 'DECLINED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'] as const satisfies readonly ShelterPlacementStatus[];

/** The records of victims the shelter holds places for or houses now: the desk's default. */
export const CURRENT_PLACEMENT_STATUSES: readonly ShelterPlacementStatus[] = ['ACCEPTED', 'ADMITTED', 'EXTENDED'];

/** Which of the shelter's records the desk shows: the current ones (default), all, or one status. */
export type PlacementStatusView = 'CURRENT' | 'ALL' | ShelterPlacementStatus;

export interface ShelterDeskView {
  waitingOrder: (typeof SHELTER_WAITING_ORDERS)[number];
  waiting: PageCursor;
  placementStatus: PlacementStatusView;
  placementOrder: (typeof SHELTER_PLACEMENT_ORDERS)[number];
  placements: PageCursor;
}

/** Reads the view from URL parameters, dropping anything malformed. */
export function parseShelterDeskView(params: SearchParams): ShelterDeskView {
  const status = firstParam(params, 'status');
  return {
    waitingOrder: pickEnum(SHELTER_WAITING_ORDERS, firstParam(params, 'worder')) ?? 'HIGHEST_RISK_FIRST',
    waiting: readPageCursor({ after: params.wafter, before: params.wbefore }),
    placementStatus: status === 'ALL' ? 'ALL' : (pickEnum(SHELTER_PLACEMENT_STATUSES, status) ?? 'CURRENT'),
    placementOrder: pickEnum(SHELTER_PLACEMENT_ORDERS, firstParam(params, 'order')) ?? 'NEWEST_FIRST',
    placements: readPageCursor(params),
  };
}

/** `shelterReferralsAwaitingAnswer`'s arguments for a view (without the purpose). */
export function waitingArguments(view: ShelterDeskView, pageSize = SHELTER_DESK_PAGE_SIZE) {
  return { order: view.waitingOrder, ...pageArguments(view.waiting, pageSize) };
}

/** `shelterPlacementsConnection`'s arguments for a view (without the purpose). */
export function placementArguments(view: ShelterDeskView, pageSize = SHELTER_DESK_PAGE_SIZE) {
  const statuses = view.placementStatus === 'ALL' ? null : view.placementStatus === 'CURRENT' ? [...CURRENT_PLACEMENT_STATUSES] : [view.placementStatus];
  return { statuses, order: view.placementOrder, ...pageArguments(view.placements, pageSize) };
}

/** Which list of the desk an export holds. */
export type ShelterDeskList = 'waiting' | 'placements';

/** The URL of a view under `path` (parameters in a stable order, defaults left out); `list` names the export's list. */
export function shelterDeskHref(view: ShelterDeskView, path = '/shelter', list?: ShelterDeskList): string {
  return listHref(path, {
    list,
    worder: view.waitingOrder === 'HIGHEST_RISK_FIRST' ? undefined : view.waitingOrder,
    wafter: view.waiting.after,
    wbefore: view.waiting.before,
    status: view.placementStatus === 'CURRENT' ? undefined : view.placementStatus,
    order: view.placementOrder === 'NEWEST_FIRST' ? undefined : view.placementOrder,
    after: view.placements.after,
    before: view.placements.before,
  });
}

/** The export of one list of a view: the whole list under its filters, from its first page. */
export function shelterExportHref(view: ShelterDeskView, list: ShelterDeskList): string {
  return shelterDeskHref({ ...view, waiting: {}, placements: {} }, '/shelter/export', list);
}

/** The list an export asks for; `undefined` for none the desk has. */
export function readShelterDeskList(params: SearchParams): ShelterDeskList | undefined {
  return pickEnum(['waiting', 'placements'] as const, firstParam(params, 'list'));
}
