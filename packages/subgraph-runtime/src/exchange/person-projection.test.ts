import { type EventTypeName, type ReceivedEvent } from './event-catalog';
import { personFactsChange, personProjection } from './person-projection';

let seq = 0;
function event<T extends EventTypeName>(type: T, payload: ReceivedEvent<T>['payload']): ReceivedEvent {
  seq += 1;
  const personId = (payload as { personId: string }).personId;
  return { eventId: `e${seq}`, type, source: 'civil-affairs', subjectType: 'Person', subjectId: personId, subjectSeq: seq, occurredAt: new Date(), payload } as ReceivedEvent;
}

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('the person projection as reconciliation folds it', () => {
  it('follows each event as the handlers apply it: facts, protection and its end', () => {
    const rows = personProjection.fold([
      event('person.registered', { personId: A, county: '379901', foreignNational: false }),
      event('person.registered', { personId: B, county: null, foreignNational: true }),
      event('person.protection-started', { personId: A, entitledUsernames: ['wf.caseworker', 'an.officer'] }),
      event('person.updated', { personId: A, county: '379902', foreignNational: false }),
      event('person.protection-started', { personId: B, entitledUsernames: [] }),
      event('person.protection-ended', { personId: B }),
    ]);
    expect(Object.fromEntries(rows)).toEqual({
      [A]: { county: '379902', foreignNational: false, protected: true, entitledUsernames: 'an.officer wf.caseworker', mergedInto: null, removed: false },
      [B]: { county: null, foreignNational: true, protected: false, entitledUsernames: '', mergedInto: null, removed: false },
    });
  });

  it('ends a merged record (pointing at the survivor) and a removed one, keeping the protection marker', () => {
    const rows = personProjection.fold([
      event('person.registered', { personId: A, county: '379901', foreignNational: false }),
      event('person.protection-started', { personId: A, entitledUsernames: ['wf.caseworker'] }),
      event('person.registered', { personId: B, county: null, foreignNational: false }),
      event('person.merged', { personId: B, intoPersonId: A, mergedAt: new Date().toISOString() }),
      event('person.removed', { personId: A, removedAt: new Date().toISOString() }),
    ]);
    expect(rows.get(A)).toMatchObject({ protected: true, entitledUsernames: 'wf.caseworker', mergedInto: null, removed: true });
    expect(rows.get(B)).toMatchObject({ mergedInto: A, removed: false });
  });

  it('ignores events that are not about the projected facts', () => {
    const verified = { ...event('person.registered', { personId: A, county: null, foreignNational: false }), type: 'identity.verified' } as ReceivedEvent;
    expect(personFactsChange(verified)).toBeNull();
    expect(personProjection.fold([verified]).size).toBe(0);
  });
});
