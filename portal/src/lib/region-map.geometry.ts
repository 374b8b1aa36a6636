/**
 * The region as the pickers draw and read it, from the network's own stations (no map tiles, no
 * outside service): the divisions named by the stations' jurisdictions (city → district/county →
 * township/street), a flat projection of the region in kilometres, and each district's area as
 * the cells of the points nearest to its stations. A point belongs to the district of the
 * nearest station: the same rule the cells are drawn by, so what the map shows is what is sent.
 */

/** A station as the pickers need it. */
export interface RegionStation {
  name: string;
  kind: string;
  jurisdiction: string;
  jurisdictionName: string;
  latitude?: number | null;
  longitude?: number | null;
}

/** One administrative division and the divisions under it. */
export interface DivisionNode {
  code: string;
  name: string;
  children: DivisionNode[];
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The region's frame: its bounds (degrees) and the size of the flat map in kilometres. */
export interface RegionFrame {
  south: number;
  north: number;
  west: number;
  east: number;
  /** Kilometres per degree of longitude at the region's middle latitude. */
  kmPerLongitude: number;
  width: number;
  height: number;
}

/** A district's share of the map: one polygon per station, in map kilometres. */
export interface DistrictCell {
  district: string;
  polygon: Array<[number, number]>;
}

/** Kilometres per degree of latitude (mean). */
const KM_PER_LATITUDE = 110.57;
/**
 * A point farther than this from every station is not in the region: the graph refuses such a
 * sighting (latitude and longitude swapped, another city's point), so the map says so first.
 */
export const REGION_REACH_KM = 80;
/** Room around the outermost stations, in degrees, so that their cells have some land. */
const FRAME_MARGIN_DEGREES = 0.08;

const DISTRICT_CODE = /^\d{6}$/;
const TOWNSHIP_CODE = /^\d{9}$/;

/** True for a prefecture-level (city) code: six digits ending in `00`. */
export const isCityCode = (code: string) => DISTRICT_CODE.test(code) && code.endsWith('00');

/** The district or county (six digits, not a city) a jurisdiction lies in, or `null`. */
export function districtOf(jurisdiction: string): string | null {
  const district = jurisdiction.slice(0, 6);
  return DISTRICT_CODE.test(district) && !isCityCode(district) && /^\d+$/.test(jurisdiction) ? district : null;
}

/**
 * The region's divisions from the stations' jurisdictions: each city with its districts and
 * counties, each of those with the townships and streets that have a station. Codes in order.
 */
export function divisionTree(stations: RegionStation[]): DivisionNode[] {
  const names = new Map<string, string>();
  for (const station of stations) names.set(station.jurisdiction, station.jurisdictionName);
  const cities = new Map<string, DivisionNode>();
  const districts = new Map<string, DivisionNode>();
  const cityNode = (code: string) => {
    let node = cities.get(code);
    if (!node) cities.set(code, (node = { code, name: names.get(code) ?? code, children: [] }));
    return node;
  };
  const districtNode = (code: string) => {
    let node = districts.get(code);
    if (!node) {
      districts.set(code, (node = { code, name: names.get(code) ?? code, children: [] }));
      cityNode(`${code.slice(0, 4)}00`).children.push(node);
    }
    return node;
  };
  const codes = [...names.keys()].sort();
  for (const code of codes) {
    if (isCityCode(code)) cityNode(code);
    else if (DISTRICT_CODE.test(code)) districtNode(code);
  }
  for (const code of codes) {
    if (!TOWNSHIP_CODE.test(code)) continue;
    const district = districtNode(code.slice(0, 6));
    const full = names.get(code)!;
    // A township's station is named after its district and itself (临江区滨江街道): keep its own part.
    const name = full.startsWith(district.name) && full.length > district.name.length ? full.slice(district.name.length) : full;
    district.children.push({ code, name, children: [] });
  }
  const sortTree = (nodes: DivisionNode[]) => nodes.sort((a, b) => a.code.localeCompare(b.code)).forEach((n) => sortTree(n.children));
  const tree = [...cities.values()];
  sortTree(tree);
  return tree;
}

/** The codes from the city down to `code` (`['379900', '379902', '379902001']`), or `null` when the tree does not hold it. */
export function divisionPath(code: string, tree: DivisionNode[]): string[] | null {
  for (const node of tree) {
    if (node.code === code) return [node.code];
    // A city's codes share its first four digits; a district's or township's, its whole code.
    if (code.startsWith(isCityCode(node.code) ? node.code.slice(0, 4) : node.code)) {
      const below = divisionPath(code, node.children);
      if (below) return [node.code, ...below];
    }
  }
  return null;
}

/** The name of a division in the tree, or `null`. */
export function divisionName(code: string, tree: DivisionNode[]): string | null {
  const path = divisionPath(code, tree);
  if (!path) return null;
  let nodes = tree;
  let node: DivisionNode | undefined;
  for (const step of path) {
    node = nodes.find((n) => n.code === step);
    nodes = node?.children ?? [];
  }
  return node?.name ?? null;
}

/** Stations with a place on the map and a district. */
function placedStations(stations: RegionStation[]): Array<GeoPoint & { district: string }> {
  return stations.flatMap((s) => {
    const district = districtOf(s.jurisdiction);
    return district && s.latitude != null && s.longitude != null && Number.isFinite(s.latitude) && Number.isFinite(s.longitude)
      ? [{ latitude: s.latitude, longitude: s.longitude, district }]
      : [];
  });
}

/** The frame around the stations' points, or `null` when no station has a place. */
export function regionFrame(stations: RegionStation[]): RegionFrame | null {
  const points = stations.filter((s) => s.latitude != null && s.longitude != null) as Array<RegionStation & GeoPoint>;
  if (points.length === 0) return null;
  const south = Math.min(...points.map((p) => p.latitude)) - FRAME_MARGIN_DEGREES;
  const north = Math.max(...points.map((p) => p.latitude)) + FRAME_MARGIN_DEGREES;
  const west = Math.min(...points.map((p) => p.longitude)) - FRAME_MARGIN_DEGREES;
  const east = Math.max(...points.map((p) => p.longitude)) + FRAME_MARGIN_DEGREES;
  const kmPerLongitude = KM_PER_LATITUDE * Math.cos((((south + north) / 2) * Math.PI) / 180);
  return { south, north, west, east, kmPerLongitude, width: (east - west) * kmPerLongitude, height: (north - south) * KM_PER_LATITUDE };
}

/** A point on the flat map (kilometres right of the west edge, down from the north edge). */
export function project(point: GeoPoint, frame: RegionFrame): [number, number] {
  return [(point.longitude - frame.west) * frame.kmPerLongitude, (frame.north - point.latitude) * KM_PER_LATITUDE];
}

/** The point under a place on the flat map, to six decimals (about 0.1 m). */
export function unproject([x, y]: [number, number], frame: RegionFrame): GeoPoint {
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { latitude: round(frame.north - y / KM_PER_LATITUDE), longitude: round(frame.west + x / frame.kmPerLongitude) };
}

/**
 * The district a point lies in: the district of the nearest station, or `null` when no station
 * is within {@link REGION_REACH_KM} (the point is outside the region).
 */
export function districtAt(point: GeoPoint, stations: RegionStation[]): string | null {
  const placed = placedStations(stations);
  const frame = regionFrame(stations);
  if (!frame || placed.length === 0) return null;
  const [x, y] = project(point, frame);
  let best: { district: string; km: number } | null = null;
  for (const station of placed) {
    const [sx, sy] = project(station, frame);
    const km = Math.hypot(sx - x, sy - y);
    if (!best || km < best.km) best = { district: station.district, km };
  }
  return best && best.km <= REGION_REACH_KM ? best.district : null;
}

/** The part of `polygon` nearer to `site` than to `other` (their bisector as a cut). */
function clipNearer(polygon: Array<[number, number]>, site: [number, number], other: [number, number]): Array<[number, number]> {
  // Points p with (p - mid)·(other - site) <= 0 are on the site's side.
  const [dx, dy] = [other[0] - site[0], other[1] - site[1]];
  const [mx, my] = [(site[0] + other[0]) / 2, (site[1] + other[1]) / 2];
  const side = (p: [number, number]) => (p[0] - mx) * dx + (p[1] - my) * dy;
  const out: Array<[number, number]> = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length]!;
    const [sc, sp] = [side(current), side(previous)];
    if ((sc <= 0) !== (sp <= 0)) {
      const t = sp / (sp - sc);
      out.push([previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]);
    }
    if (sc <= 0) out.push(current);
  });
  return out;
}

/**
 * Each station's cell of the map (the points nearer to it than to any other station), labelled
 * with its district: together a district's cells are its area as {@link districtAt} reads it.
 */
export function districtCells(stations: RegionStation[], frame: RegionFrame): DistrictCell[] {
  const sites: Array<{ at: [number, number]; district: string }> = [];
  const seen = new Set<string>();
  for (const station of placedStations(stations)) {
    const at = project(station, frame);
    const key = `${at[0].toFixed(4)},${at[1].toFixed(4)}`;
    // Two stations at one place share a cell: the first one's district keeps it.
    if (seen.has(key)) continue;
    seen.add(key);
    sites.push({ at, district: station.district });
  }
  return sites.flatMap((site) => {
    let polygon: Array<[number, number]> = [[0, 0], [frame.width, 0], [frame.width, frame.height], [0, frame.height]];
    for (const other of sites) {
      if (other !== site && polygon.length > 0) polygon = clipNearer(polygon, site.at, other.at);
    }
    return polygon.length >= 3 ? [{ district: site.district, polygon }] : [];
  });
}
