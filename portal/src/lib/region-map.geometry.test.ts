import {
  districtAt,
  districtCells,
  districtOf,
  divisionName,
  divisionPath,
  divisionTree,
  project,
  regionFrame,
  unproject,
  type RegionStation,
} from './region-map.geometry';

/** A small region: the city's center, two districts with stations, one township and a village point. */
const STATIONS: RegionStation[] = [
  { name: '江临市救助管理站', kind: 'REGIONAL_CENTER', jurisdiction: '379900', jurisdictionName: '江临市', latitude: 30.6, longitude: 114.3 },
  { name: '临江区救助管理站', kind: 'COUNTY_STATION', jurisdiction: '379902', jurisdictionName: '临江区', latitude: 30.592, longitude: 114.305 },
  { name: '临江区滨江街道救助服务点', kind: 'SERVICE_POINT', jurisdiction: '379902001', jurisdictionName: '临江区滨江街道', latitude: 30.6, longitude: 114.29 },
  { name: '江北区救助管理站', kind: 'COUNTY_STATION', jurisdiction: '379903', jurisdictionName: '江北区', latitude: 30.655, longitude: 114.282 },
  { name: '江北区铁路街道救助服务点', kind: 'SERVICE_POINT', jurisdiction: '379903002', jurisdictionName: '江北区铁路街道', latitude: 30.66, longitude: 114.27 },
  { name: '站前社区救助服务站', kind: 'SERVICE_POINT', jurisdiction: '379903002001', jurisdictionName: '江北区铁路街道站前社区', latitude: 30.661, longitude: 114.271 },
  { name: '巡查队', kind: 'OUTREACH_TEAM', jurisdiction: '379900', jurisdictionName: '江临市', latitude: null, longitude: null },
];

describe('the region’s divisions, from its stations', () => {
  it('nests the city, its districts and their townships, each township named without its district', () => {
    expect(divisionTree(STATIONS)).toEqual([
      {
        code: '379900',
        name: '江临市',
        children: [
          { code: '379902', name: '临江区', children: [{ code: '379902001', name: '滨江街道', children: [] }] },
          { code: '379903', name: '江北区', children: [{ code: '379903002', name: '铁路街道', children: [] }] },
        ],
      },
    ]);
  });

  it('finds the path from the city down to a district or a township, and nothing for a code it does not hold', () => {
    const tree = divisionTree(STATIONS);
    expect(divisionPath('379902', tree)).toEqual(['379900', '379902']);
    expect(divisionPath('379903002', tree)).toEqual(['379900', '379903', '379903002']);
    expect(divisionPath('379900', tree)).toEqual(['379900']);
    expect(divisionPath('379904', tree)).toBeNull();
    expect(divisionPath('510104', tree)).toBeNull();
    expect(divisionName('379903002', tree)).toBe('铁路街道');
    expect(divisionName('510104', tree)).toBeNull();
  });

  it('reads the district of a jurisdiction, never a city', () => {
    expect(districtOf('379903002001')).toBe('379903');
    expect(districtOf('379902')).toBe('379902');
    expect(districtOf('379900')).toBeNull();
    expect(districtOf('37990x')).toBeNull();
  });
});

describe('a point on the region’s map', () => {
  const frame = regionFrame(STATIONS)!;

  it('comes back from the flat map as the point it was, to six decimals', () => {
    const point = { latitude: 30.6234, longitude: 114.2876 };
    expect(unproject(project(point, frame), frame)).toEqual(point);
    expect(frame.width).toBeGreaterThan(0);
    expect(frame.height).toBeGreaterThan(0);
  });

  it('lies in the district of the nearest station', () => {
    expect(districtAt({ latitude: 30.593, longitude: 114.304 }, STATIONS)).toBe('379902');
    expect(districtAt({ latitude: 30.658, longitude: 114.275 }, STATIONS)).toBe('379903');
  });

  it('lies in no district when it is beyond the region’s reach (swapped or another city’s coordinates)', () => {
    expect(districtAt({ latitude: 114.3, longitude: 30.6 }, STATIONS)).toBeNull();
    expect(districtAt({ latitude: 39.9, longitude: 116.4 }, STATIONS)).toBeNull();
    expect(districtAt({ latitude: 30.6, longitude: 114.3 }, [])).toBeNull();
  });

  it('draws each placed station’s cell, and a point inside a cell lies in that cell’s district', () => {
    const cells = districtCells(STATIONS, frame);
    // Five stations with places, one per cell (the outreach team has none).
    expect(cells).toHaveLength(5);
    expect(new Set(cells.map((c) => c.district))).toEqual(new Set(['379902', '379903']));
    for (const cell of cells) {
      const [cx, cy] = cell.polygon.reduce(([x, y], [px, py]) => [x + px / cell.polygon.length, y + py / cell.polygon.length], [0, 0]);
      expect(districtAt(unproject([cx, cy], frame), STATIONS)).toBe(cell.district);
    }
  });
});
