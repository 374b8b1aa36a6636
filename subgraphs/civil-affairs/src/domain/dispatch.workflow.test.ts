import { checkStep, distanceMeters, minutesToScene, missedTarget } from './dispatch.workflow';

describe('the dispatch loop', () => {
  it('moves one step at a time, and can be closed from any step after acceptance', () => {
    expect(checkStep('REPORTED', 'ACCEPTED').ok).toBe(true);
    expect(checkStep('ACCEPTED', 'DISPATCHED').ok).toBe(true);
    expect(checkStep('DISPATCHED', 'CLOSED').ok).toBe(true);
    expect(checkStep('REPORTED', 'ON_SCENE')).toEqual({ ok: false, message: expect.stringContaining('REPORTED') });
    expect(checkStep('CLOSED', 'VERIFIED').ok).toBe(false);
  });

  it('times the 30-minute circle from the report', () => {
    const reportedAt = new Date('2026-11-29T01:00:00Z');
    const onTime = { reportedAt, onSceneAt: new Date('2026-11-29T01:29:00Z'), status: 'ON_SCENE' as const, closure: null };
    const late = { ...onTime, onSceneAt: new Date('2026-11-29T01:31:00Z') };
    expect(minutesToScene(onTime, new Date())).toBe(29);
    expect(missedTarget(onTime, new Date())).toBe(false);
    expect(missedTarget(late, new Date())).toBe(true);
    expect(missedTarget({ reportedAt, onSceneAt: null, status: 'DISPATCHED', closure: null }, new Date('2026-11-29T01:45:00Z'))).toBe(true);
  });

  it('measures distances on the earth', () => {
    expect(distanceMeters({ latitude: 30.6, longitude: 114.3 }, { latitude: 30.6, longitude: 114.3 })).toBe(0);
    const oneDegreeLat = distanceMeters({ latitude: 30, longitude: 114 }, { latitude: 31, longitude: 114 });
    expect(oneDegreeLat).toBeGreaterThan(110_000);
    expect(oneDegreeLat).toBeLessThan(112_000);
  });
});
