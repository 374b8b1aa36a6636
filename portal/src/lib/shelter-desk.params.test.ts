import { parseShelterDeskView, placementArguments, readShelterDeskList, shelterDeskHref, shelterExportHref, waitingArguments } from './shelter-desk.params';

describe('the shelter desk in the URL', () => {
  it('shows the waiting referrals highest risk first and the current records newest first, each on its first page, when the URL says nothing', () => {
    const view = parseShelterDeskView({});
    expect(view).toEqual({ waitingOrder: 'HIGHEST_RISK_FIRST', waiting: {}, placementStatus: 'CURRENT', placementOrder: 'NEWEST_FIRST', placements: {} });
    expect(waitingArguments(view)).toEqual({ order: 'HIGHEST_RISK_FIRST', first: 15, after: null, last: null, before: null });
    expect(placementArguments(view)).toEqual({ statuses: ['ACCEPTED', 'ADMITTED', 'EXTENDED'], order: 'NEWEST_FIRST', first: 15, after: null, last: null, before: null });
    expect(shelterDeskHref(view)).toBe('/shelter');
  });

  it('keeps each list’s cursor apart and reads every parameter back from the URL it writes', () => {
    const view = parseShelterDeskView({ worder: 'OLDEST_FIRST', wbefore: 'w1', status: 'DECLINED', order: 'OLDEST_FIRST', after: 'p1' });
    expect(view).toEqual({ waitingOrder: 'OLDEST_FIRST', waiting: { before: 'w1' }, placementStatus: 'DECLINED', placementOrder: 'OLDEST_FIRST', placements: { after: 'p1' } });
    expect(waitingArguments(view)).toMatchObject({ last: 15, before: 'w1', first: null });
    expect(placementArguments(view)).toMatchObject({ statuses: ['DECLINED'], first: 15, after: 'p1' });
    expect(parseShelterDeskView(Object.fromEntries(new URL(shelterDeskHref(view), 'http://portal').searchParams))).toEqual(view);
    expect(placementArguments(parseShelterDeskView({ status: 'ALL' })).statuses).toBeNull();
  });

  it('exports a list under its filters from its first page', () => {
    const view = parseShelterDeskView({ worder: 'OLDEST_FIRST', wafter: 'w1', status: 'ALL', after: 'p1' });
    const href = shelterExportHref(view, 'placements');
    expect(href).toBe('/shelter/export?list=placements&worder=OLDEST_FIRST&status=ALL');
    const params = Object.fromEntries(new URL(href, 'http://portal').searchParams);
    expect(readShelterDeskList(params)).toBe('placements');
    expect(parseShelterDeskView(params)).toMatchObject({ waiting: {}, placements: {}, placementStatus: 'ALL' });
  });

  it('drops what it does not know: an order of another list, a made-up status or list, an oversized cursor', () => {
    expect(parseShelterDeskView({ worder: 'NEWEST_FIRST', order: 'HIGHEST_RISK_FIRST', status: 'SUBMITTED', wafter: 'x'.repeat(513) })).toEqual(parseShelterDeskView({}));
    expect(readShelterDeskList({ list: 'persons' })).toBeUndefined();
  });
});
