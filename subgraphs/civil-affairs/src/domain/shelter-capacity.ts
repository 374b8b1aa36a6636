/**
 * Choosing shelter places for a party (a victim and her children), as a plain function over the
 * free places: a mother with children gets one family room when one fits (the tightest fit, so
 * larger rooms stay for larger families); a woman alone gets a standard place first, keeping the
 * family rooms free; otherwise the party is kept in as few rooms as possible.
 */
import { type ShelterRoomKind } from './vocabulary';

export interface FreePlace {
  id: string;
  number: number;
  roomId: string | null;
  roomLabel: string | null;
  roomKind: ShelterRoomKind | null;
}

/** A room as shown to the shelter staff. */
export interface ShelterRoomView {
  id: string;
  label: string;
  kind: ShelterRoomKind;
  places: number;
  freePlaces: number;
}

/** The places for a party of `partySize` (the victim first), or null when not enough are free. */
export function choosePlaces(free: readonly FreePlace[], partySize: number): FreePlace[] | null {
  if (partySize < 1 || free.length < partySize) return null;
  const byRoom = new Map<string, FreePlace[]>();
  for (const place of free) {
    const key = place.roomId ?? `place:${place.id}`;
    byRoom.set(key, [...(byRoom.get(key) ?? []), place]);
  }
  const rooms = [...byRoom.values()].map((places) => places.sort((a, b) => a.number - b.number));
  const kindOf = (places: FreePlace[]) => places[0]!.roomKind ?? 'STANDARD';
  const first = (places: FreePlace[]) => places[0]!.number;
  if (partySize > 1) {
    const family = rooms
      .filter((places) => kindOf(places) === 'FAMILY' && places.length >= partySize)
      .sort((a, b) => a.length - b.length || first(a) - first(b))[0];
    if (family) return family.slice(0, partySize);
  }
  // Alone: standard rooms first. A family without a fitting family room: the fullest rooms first.
  const ordered = [...rooms].sort((a, b) =>
    partySize === 1
      ? (kindOf(a) === 'FAMILY' ? 1 : 0) - (kindOf(b) === 'FAMILY' ? 1 : 0) || first(a) - first(b)
      : b.length - a.length || first(a) - first(b),
  );
  return ordered.flat().slice(0, partySize);
}
