import { choosePlaces, type FreePlace } from './shelter-capacity';

const room = (roomId: string, kind: 'STANDARD' | 'FAMILY', numbers: number[]): FreePlace[] =>
  numbers.map((number) => ({ id: `${roomId}-${number}`, number, roomId, roomLabel: roomId, roomKind: kind }));

describe('choosing shelter places', () => {
  const free = [...room('S1', 'STANDARD', [1, 2]), ...room('S2', 'STANDARD', [3]), ...room('F1', 'FAMILY', [4, 5, 6]), ...room('F2', 'FAMILY', [7, 8, 9, 10])];

  it('gives a mother with children the tightest family room that fits them all', () => {
    expect(choosePlaces(free, 3)!.map((p) => p.roomId)).toEqual(['F1', 'F1', 'F1']);
    expect(choosePlaces(free, 4)!.map((p) => p.roomId)).toEqual(['F2', 'F2', 'F2', 'F2']);
  });

  it('gives a woman alone a standard place first', () => {
    expect(choosePlaces(free, 1)![0]!.roomId).toBe('S1');
    expect(choosePlaces(room('F1', 'FAMILY', [1, 2]), 1)![0]!.roomId).toBe('F1');
  });

  it('keeps a family too large for any family room in as few rooms as possible', () => {
    const chosen = choosePlaces(free, 6)!;
    expect(chosen).toHaveLength(6);
    expect(chosen.slice(0, 4).map((p) => p.roomId)).toEqual(['F2', 'F2', 'F2', 'F2']);
  });

  it('answers null when fewer places are free than the party needs', () => {
    expect(choosePlaces(free, 11)).toBeNull();
    expect(choosePlaces([], 1)).toBeNull();
  });
});
