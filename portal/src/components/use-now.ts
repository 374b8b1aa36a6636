'use client';
/**
 * The browser's current time, ticking every second; `null` until the page is hydrated, so the
 * server's render and the browser's first render agree and clocks start running right after.
 */
import { useEffect, useState } from 'react';

export function useNow(intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
