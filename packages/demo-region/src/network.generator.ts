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

const COUNTY_PLANS: CountyPlan[] = [
  {
    division: { code: '379902', name: '临江区', kind: 'DISTRICT' },
    latitude: 30.592, longitude: 114.305, road: '江滩路',
    townships: [['001', '滨江街道'], ['002', '江汉路街道'], ['003', '鼓楼街道']],
  },
  {
    division: { code: '379903', name: '江北区', kind: 'DISTRICT' },
    latitude: 30.655, longitude: 114.282, road: '北湖大道',
    townships: [['001', '北湖街道'], ['002', '铁路街道']],
  },
  {
    division: { code: '379904', name: '东湖区', kind: 'DISTRICT' },
    latitude: 30.575, longitude: 114.365, road: '桂园路',
    townships: [['001', '东湖街道'], ['002', '桂园街道'], ['003', '磨山街道']],
  },
  {
    division: { code: '379905', name: '西岭区', kind: 'DISTRICT' },
    latitude: 30.56, longitude: 114.225, road: '枫林路',
    townships: [['001', '西岭街道'], ['002', '枫林街道']],
  },
  {
    division: { code: '379906', name: '南港区', kind: 'DISTRICT' },
    latitude: 30.505, longitude: 114.318, road: '港湾大道',
    townships: [['001', '南港街道'], ['002', '新港街道']],
  },
  {
    division: { code: '379921', name: '青石县', kind: 'COUNTY' },
    latitude: 30.88, longitude: 114.42, road: '青石大道',
    townships: [['001', '城关镇'], ['002', '白马镇'], ['003', '石门乡']],
  },
  {
    division: { code: '379922', name: '白沙县', kind: 'COUNTY' },
    latitude: 30.33, longitude: 114.08, road: '沙洲路',
    townships: [['001', '城关镇'], ['002', '柳塘镇']],
  },
  {
    division: { code: '379923', name: '云溪县', kind: 'COUNTY' },
    latitude: 30.72, longitude: 114.65, road: '云台路',
    townships: [['001', '城关镇'], ['002', '云台镇'], ['003', '溪口乡']],
  },
];

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

  const railway = townshipByCode.get('379903002')!;
  const openTemporaryPoint = add({
    name: '江临火车站寒潮临时救助点',
    level: 'TOWNSHIP',
    kind: 'TEMPORARY_POINT',
    jurisdiction: railway.jurisdiction,
    jurisdictionName: railway.jurisdictionName,
    parent: countyByCode.get('379903')!,
    address: '江临市江北区站前广场东侧',
    latitude: railway.latitude,
    longitude: railway.longitude,
    spread: 0.005,
  });
  const baishaTown = townshipByCode.get('379922001')!;
  const closedTemporaryPoint = add({
    name: '白沙县汛期临时救助点',
    level: 'TOWNSHIP',
    kind: 'TEMPORARY_POINT',
    jurisdiction: baishaTown.jurisdiction,
    jurisdictionName: baishaTown.jurisdictionName,
    parent: countyByCode.get('379922')!,
    address: '江临市白沙县城关镇第一中学体育馆',
    isOpen: false,
    latitude: baishaTown.latitude,
    longitude: baishaTown.longitude,
    spread: 0.005,
  });
  add({
    name: '江临火车站咨询引导点',
    level: 'TOWNSHIP',
    kind: 'CONSULTATION_POINT',
    jurisdiction: railway.jurisdiction,
    jurisdictionName: railway.jurisdictionName,
    parent: countyByCode.get('379903')!,
    address: '江临市江北区站前广场出站口',
    latitude: railway.latitude,
    longitude: railway.longitude,
    spread: 0.005,
  });
  const busStation = townshipByCode.get('379902002')!;
  add({
    name: '江临汽车客运中心咨询引导点',
    level: 'TOWNSHIP',
    kind: 'CONSULTATION_POINT',
    jurisdiction: busStation.jurisdiction,
    jurisdictionName: busStation.jurisdictionName,
    parent: countyByCode.get('379902')!,
    address: '江临市临江区江汉路汽车客运中心候车大厅',
    latitude: busStation.latitude,
    longitude: busStation.longitude,
    spread: 0.005,
  });
  add({
    name: '江临市救助管理站街面巡查救助队',
    level: 'CITY',
    kind: 'OUTREACH_TEAM',
    jurisdiction: DEMO_CITY.code,
    jurisdictionName: DEMO_CITY.name,
    parent: center,
    address: null,
    latitude: center.latitude,
    longitude: center.longitude,
    spread: 0.002,
  });
  const linjiang = countyByCode.get('379902')!;
  add({
    name: '临江区救助管理站街面巡查救助队',
    level: 'COUNTY',
    kind: 'OUTREACH_TEAM',
    jurisdiction: linjiang.jurisdiction,
    jurisdictionName: linjiang.jurisdictionName,
    parent: linjiang,
    address: null,
    latitude: linjiang.latitude,
    longitude: linjiang.longitude,
    spread: 0.002,
  });

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
