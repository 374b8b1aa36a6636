'use client';
/**
 * Setting a point by tapping a map of the region, drawn as SVG from the network's own stations
 * (no tiles, nothing fetched from outside): each district's area as the cells nearest to its
 * stations, the stations as dots, the district names at their stations. A tap gives the point
 * and the district it falls in; the form's latitude and longitude fields stay beside the map for
 * the keyboard, and the map shows what they hold.
 */
import { Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo, type MouseEvent } from 'react';
import type { RegionStations } from '@/graph/region.action';
import {
  districtAt,
  districtCells,
  districtOf,
  divisionName,
  divisionTree,
  project,
  regionFrame,
  unproject,
  type GeoPoint,
} from '@/lib/region-map.geometry';

/** Soft fills, one per district in code order (repeating past eight). */
const FILLS = ['#fde7d3', '#dbeafe', '#dcfce7', '#fef9c3', '#ede9fe', '#fce7f3', '#e0f2fe', '#f3f4f6'];

export interface RegionPointPickerProps {
  stations: RegionStations;
  value?: Partial<GeoPoint> | null;
  /** A tap on the map: the point, and its district (null outside the region). */
  onPick: (point: GeoPoint, district: string | null) => void;
  'data-testid'?: string;
}

export function RegionPointPicker({ stations, value, onPick, 'data-testid': testId }: RegionPointPickerProps) {
  const t = useTranslations('pickers.map');
  const map = useMemo(() => {
    const frame = regionFrame(stations);
    if (!frame) return null;
    const tree = divisionTree(stations);
    const cells = districtCells(stations, frame);
    const districts = [...new Set(cells.map((cell) => cell.district))].sort();
    // Each district is named at its own station (the one whose jurisdiction is the district itself).
    const labels = stations.flatMap((s) => (s.jurisdiction === districtOf(s.jurisdiction) && s.latitude != null && s.longitude != null ? [{ code: s.jurisdiction, name: s.jurisdictionName, at: project({ latitude: s.latitude, longitude: s.longitude }, frame) }] : []));
    const dots = stations.flatMap((s) => (s.latitude != null && s.longitude != null ? [{ id: s.id, name: s.name, jurisdiction: s.jurisdiction, at: project({ latitude: s.latitude, longitude: s.longitude }, frame) }] : []));
    return { frame, tree, cells, districts, labels, dots };
  }, [stations]);
  if (!map) return <Typography.Text type="secondary">{t('unavailable')}</Typography.Text>;

  const { frame } = map;
  const unit = frame.width / 100;
  const chosen = value?.latitude != null && value.longitude != null && Number.isFinite(value.latitude) && Number.isFinite(value.longitude) ? (value as GeoPoint) : null;
  const chosenDistrict = chosen ? districtAt(chosen, stations) : null;
  const marker = chosen ? project(chosen, frame) : null;
  const markerShown = marker && marker[0] >= 0 && marker[0] <= frame.width && marker[1] >= 0 && marker[1] <= frame.height;

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const point = unproject([at.x, at.y], frame);
    onPick(point, districtAt(point, stations));
  };

  return (
    <div data-testid={testId} style={{ maxWidth: 640, width: '100%' }}>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-label={t('label')}
        onClick={pick}
        data-testid="region-map"
        style={{ display: 'block', width: '100%', height: 'auto', maxHeight: '60vh', cursor: 'crosshair', touchAction: 'manipulation', border: '1px solid #d9d9d9', borderRadius: 6, background: '#fafafa' }}
      >
        {map.cells.map((cell, i) => {
          const fill = FILLS[map.districts.indexOf(cell.district) % FILLS.length];
          return <polygon key={i} points={cell.polygon.map(([x, y]) => `${x},${y}`).join(' ')} fill={fill} stroke={fill} strokeWidth={unit * 0.2} data-district={cell.district} />;
        })}
        {map.dots.map((dot) => (
          <circle key={dot.id} cx={dot.at[0]} cy={dot.at[1]} r={unit * 0.7} fill="#8c8c8c" data-testid="map-station" data-jurisdiction={dot.jurisdiction}>
            <title>{dot.name}</title>
          </circle>
        ))}
        {map.labels.map((label) => (
          <text key={label.code} x={label.at[0]} y={label.at[1] - unit * 1.5} fontSize={unit * 3} textAnchor="middle" fill="#434343" style={{ pointerEvents: 'none', userSelect: 'none' }}>
            {label.name}
          </text>
        ))}
        {markerShown ? (
          <g data-testid="map-marker" style={{ pointerEvents: 'none' }}>
            <circle cx={marker[0]} cy={marker[1]} r={unit * 1.6} fill="#c2410c" stroke="#fff" strokeWidth={unit * 0.5} />
          </g>
        ) : null}
      </svg>
      <Typography.Text type={chosen && !chosenDistrict ? 'danger' : 'secondary'} data-testid="map-chosen" data-district={chosenDistrict ?? ''} style={{ display: 'block', marginTop: 4, overflowWrap: 'anywhere' }}>
        {chosen
          ? chosenDistrict
            ? t('chosen', { latitude: chosen.latitude.toFixed(6), longitude: chosen.longitude.toFixed(6), district: divisionName(chosenDistrict, map.tree) ?? chosenDistrict })
            : t('outside', { latitude: chosen.latitude.toFixed(6), longitude: chosen.longitude.toFixed(6) })
          : t('hint')}
      </Typography.Text>
    </div>
  );
}
