'use client';
/**
 * The browser's current time for running clocks, from one ticker a page shares: every clock on
 * the page reads the same second, only the clocks re-render on a tick (not the tables around
 * them), and the ticker runs only while a clock is shown and the page is visible (a hidden tab
 * catches up the moment it is shown again). `null` until the page is hydrated, so the server's
 * render and the browser's first render agree.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;

let now: number | null = null;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function run(): void {
  if (timer !== undefined || document.visibilityState === 'hidden') return;
  tick();
  timer = setInterval(tick, TICK_MS);
}

function pause(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') pause();
  else run();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisibilityChange);
    run();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      pause();
    }
  };
}

const clientSnapshot = () => now;
const serverSnapshot = () => null;

/** The current time in milliseconds, ticking every second while shown; `null` before hydration. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, clientSnapshot, serverSnapshot);
}

/**
 * A value computed from the current time that re-renders its component only when it changes
 * (e.g. which reports are past their target): `select` must return a string, number or boolean.
 */
export function useNowDerived<T extends string | number | boolean>(select: (now: number | null) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(now),
    () => select(null),
  );
}
