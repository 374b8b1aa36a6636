'use client';
/**
 * The network's stations for the pickers, asked of the graph once per form that shows one:
 * `null` while they load (or when skipped), empty when the graph refused (the form's typed fields then remain).
 */
import { useEffect, useState } from 'react';
import { loadRegionStations, type RegionStations } from '@/graph/region.action';

export function useRegionStations(skip = false): RegionStations | null {
  const [stations, setStations] = useState<RegionStations | null>(null);
  useEffect(() => {
    // The page or form has them already.
    if (skip) return;
    let live = true;
    loadRegionStations().then(
      (loaded) => live && setStations(loaded),
      () => live && setStations([]),
    );
    return () => {
      live = false;
    };
  }, [skip]);
  return stations;
}
