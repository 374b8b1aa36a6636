/**
 * The fictional city of 江临市 (division code 379900) and its four-level rescue network: the
 * regional center, a station in each district and county, township/street service points,
 * village/community points, temporary and consultation points and outreach teams.
 */
import type { DemoDivision, DemoStation, NetworkLevel, StationKind } from './demo-region.types';
import type { GenerationContext } from './generation.context';

/** The demo city. Province prefix 37 is real, prefecture 99 is not assigned to any real city. */
export const DEMO_CITY: DemoDivision = { code: '379900', name: '江临市', kind: 'CITY' };

interface CountyPlan {
  division: DemoDivision;
  latitude: number;
  longitude: number;
  road: string;
  /** Townships or streets: 3-digit code suffix and name. */
  townships: Array<[string, string]>;
}

/**
 * The districts and counties: code, name, kind, the centre's latitude and longitude, a road of the
 * seat, and the townships or streets (3-digit code suffix and name).
 */
const COUNTY_ROWS: Array<[string, string, DemoDivision['kind'], number, number, string, Array<[string, string]>]> = [
  ['379902', '临江区', 'DISTRICT', 30.592, 114.305, '江滩路', [['001', '滨江街道'], ['002', '江汉路街道'], ['003', '鼓楼街道']]],
  ['379903', '江北区', 'DISTRICT', 30.655, 114.282, '北湖大道', [['001', '北湖街道'], ['002', '铁路街道']]],
  ['379904', '东湖区', 'DISTRICT', 30.575, 114.365, '桂园路', [['001', '东湖街道'], ['002', '桂园街道'], ['003', '磨山街道']]],
  ['379905', '西岭区', 'DISTRICT', 30.56, 114.225, '枫林路', [['001', '西岭街道'], ['002', '枫林街道']]],
  ['379906', '南港区', 'DISTRICT', 30.505, 114.318, '港湾大道', [['001', '南港街道'], ['002', '新港街道']]],
  ['379921', '青石县', 'COUNTY', 30.88, 114.42, '青石大道', [['001', '城关镇'], ['002', '白马镇'], ['003', '石门乡']]],
  ['379922', '白沙县', 'COUNTY', 30.33, 114.08, '沙洲路', [['001', '城关镇'], ['002', '柳塘镇']]],
  ['379923', '云溪县', 'COUNTY', 30.72, 114.65, '云台路', [['001', '城关镇'], ['002', '云台镇'], ['003', '溪口乡']]],
];

const COUNTY_PLANS: CountyPlan[] = COUNTY_ROWS.map(([code, name, kind, latitude, longitude, road, townships]) => ({
  division: { code, name, kind },
  latitude,
  longitude,
  road,
  townships,
}));

/** Village/community points: 12-digit code, community or village name, station name. */
const VILLAGE_POINTS: Array<[string, string, string]> = [
  ['379902001003', '江滩社区', '江滩社区救助服务站'],
  ['379903002001', '站前社区', '站前社区救助服务站'],
  ['379921002004', '柳溪村', '柳溪村救助联络点'],
  ['379922002003', '新塘村', '新塘村救助联络点'],
  ['379923003002', '桃源村', '桃源村救助联络点'],
];

/** The generated network, with lookups the other generators use. */
export interface DemoNetwork {
  city: DemoDivision;
  divisions: DemoDivision[];
  stations: DemoStation[];
  center: DemoStation;
  countyStations: DemoStation[];
  /** The temporary point open for the current cold wave. */
  openTemporaryPoint: DemoStation;
  /** The temporary point of the summer flood season, now closed. */
  closedTemporaryPoint: DemoStation;
  /** Township/street names of each county code, for household-registration places. */
  townshipNames: Map<string, string[]>;
}

/** The divisions of the demo city (districts and counties), in code order. */
export function demoDivisions(): DemoDivision[] {
  return COUNTY_PLANS.map((plan) => ({ ...plan.division }));
}

/**
 * Builds the rescue network of the demo city. Names and codes are fixed; coordinates get a
 * small seeded jitter around each district's centre (the city centre is near 30.6°N 114.3°E).
 */
export function generateNetwork(ctx: GenerationContext): DemoNetwork {
  const stations: DemoStation[] = [];
  const jitter = (value: number, spread: number): number =>
    Math.round((value + ctx.zh.number.float({ min: -spread, max: spread })) * 1e6) / 1e6;
  const add = (fields: {
    name: string;
    level: NetworkLevel;
    kind: StationKind;
    jurisdiction: string;
    jurisdictionName: string;
    parent: DemoStation | null;
    address: string | null;
    isOpen?: boolean;
    latitude: number;
    longitude: number;
    spread: number;
  }): DemoStation => {
    const station: DemoStation = {
      id: ctx.nextId('station'),
      name: fields.name,
      level: fields.level,
      kind: fields.kind,
      jurisdiction: fields.jurisdiction,
      jurisdictionName: fields.jurisdictionName,
      parentId: fields.parent?.id ?? null,
      address: fields.address,
      isOpen: fields.isOpen ?? true,
      latitude: jitter(fields.latitude, fields.spread),
      longitude: jitter(fields.longitude, fields.spread),
    };
    stations.push(station);
    return station;
  };

  const center = add({
    name: '江临市救助管理站',
    level: 'CITY',
    kind: 'REGIONAL_CENTER',
    jurisdiction: DEMO_CITY.code,
    jurisdictionName: DEMO_CITY.name,
    parent: null,
    address: '江临市临江区江滩路88号',
    latitude: 30.6,
    longitude: 114.3,
    spread: 0.002,
  });

  const countyStations: DemoStation[] = [];
  const countyByCode = new Map<string, DemoStation>();
  for (const plan of COUNTY_PLANS) {
    const station = add({
      name: `${plan.division.name}救助管理站`,
      level: 'COUNTY',
      kind: 'COUNTY_STATION',
      jurisdiction: plan.division.code,
      jurisdictionName: plan.division.name,
      parent: center,
      address: `${DEMO_CITY.name}${plan.division.name}${plan.road}${ctx.int(8, 398)}号`,
      latitude: plan.latitude,
      longitude: plan.longitude,
      spread: 0.01,
    });
    countyStations.push(station);
    countyByCode.set(plan.division.code, station);
  }

  const townshipByCode = new Map<string, DemoStation>();
  const townshipNames = new Map<string, string[]>();
  for (const plan of COUNTY_PLANS) {
    const county = countyByCode.get(plan.division.code)!;
    townshipNames.set(plan.division.code, plan.townships.map(([, name]) => name));
    for (const [suffix, townName] of plan.townships) {
      const code = `${plan.division.code}${suffix}`;
      const station = add({
        name: `${plan.division.name}${townName}救助服务点`,
        level: 'TOWNSHIP',
        kind: 'SERVICE_POINT',
        jurisdiction: code,
        jurisdictionName: `${plan.division.name}${townName}`,
        parent: county,
        address: `${DEMO_CITY.name}${plan.division.name}${townName}${townName.endsWith('街道') ? '办事处' : '人民政府'}便民服务中心`,
        latitude: county.latitude,
        longitude: county.longitude,
        spread: plan.division.kind === 'COUNTY' ? 0.08 : 0.03,
      });
      townshipByCode.set(code, station);
    }
  }

  for (const [code, placeName, stationName] of VILLAGE_POINTS) {
    const township = townshipByCode.get(code.slice(0, 9))!;
    add({
      name: stationName,
      level: 'VILLAGE',
      kind: 'SERVICE_POINT',
      jurisdiction: code,
      jurisdictionName: `${township.jurisdictionName}${placeName}`,
      parent: township,
      address: `${DEMO_CITY.name}${township.jurisdictionName}${placeName}${placeName.endsWith('村') ? '村委会' : '居委会'}`,
      latitude: township.latitude,
      longitude: township.longitude,
      spread: 0.015,
    });
  }

  /** A point of a township's county station, at the township it serves. */
  const townshipPoint = (township: DemoStation, fields: { name: string; kind: StationKind; address: string; isOpen?: boolean }) =>
    add({
      ...fields,
      level: 'TOWNSHIP',
      jurisdiction: township.jurisdiction,
      jurisdictionName: township.jurisdictionName,
      parent: countyByCode.get(township.jurisdiction.slice(0, 6))!,
      latitude: township.latitude,
      longitude: township.longitude,
      spread: 0.005,
    });
  /** The outreach team of a station, over its jurisdiction and setting out from it. */
  const outreachTeam = (station: DemoStation, name: string) =>
    add({
      name,
      level: station.level,
      kind: 'OUTREACH_TEAM',
      jurisdiction: station.jurisdiction,
      jurisdictionName: station.jurisdictionName,
      parent: station,
      address: null,
      latitude: station.latitude,
      longitude: station.longitude,
      spread: 0.002,
    });

  const railway = townshipByCode.get('379903002')!;
  const openTemporaryPoint = townshipPoint(railway, { name: '江临火车站寒潮临时救助点', kind: 'TEMPORARY_POINT', address: '江临市江北区站前广场东侧' });
  const closedTemporaryPoint = townshipPoint(townshipByCode.get('379922001')!, {
    name: '白沙县汛期临时救助点',
    kind: 'TEMPORARY_POINT',
    address: '江临市白沙县城关镇第一中学体育馆',
    isOpen: false,
  });
  townshipPoint(railway, { name: '江临火车站咨询引导点', kind: 'CONSULTATION_POINT', address: '江临市江北区站前广场出站口' });
  townshipPoint(townshipByCode.get('379902002')!, { name: '江临汽车客运中心咨询引导点', kind: 'CONSULTATION_POINT', address: '江临市临江区江汉路汽车客运中心候车大厅' });
  outreachTeam(center, '江临市救助管理站街面巡查救助队');
  outreachTeam(countyByCode.get('379902')!, '临江区救助管理站街面巡查救助队');

  return {
    city: { ...DEMO_CITY },
    divisions: demoDivisions(),
    stations,
    center,
    countyStations,
    openTemporaryPoint,
    closedTemporaryPoint,
    townshipNames,
  };
}
