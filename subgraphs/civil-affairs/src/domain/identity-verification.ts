/**
 * Public security's verified identities, kept on the person (DOMAIN.md §3: a MATCHED identity
 * check verifies who the person is). Applied from the exchange (`identity.verified`), never read
 * from public security at query time: the verified name and ID number become the person's own
 * name and number, so the display name, the search (characters, pinyin, initials, ID number),
 * `identityStatus`, settlement eligibility and the tracing work lists all read one record.
 * Masking and row scoping apply to them as to any name and number civil affairs records.
 */
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { parsePersonName, parseResidentIdNumber } from '@lifeline/identity-documents';
import { appendAudit, exchangeCaller, ExchangeRejection, type ExchangeHandlers, type ReceivedEvent } from '@lifeline/subgraph-runtime';
import { Person } from '../entities/person.entity';
import { nameSearchKeys } from './person-name';

/** Who the audit trail names for changes the exchange applies on public security's word. */
const PUBLIC_SECURITY_EXCHANGE = exchangeCaller('public-security');

/**
 * Makes the person show the identity a public-security match verified. An event about a person
 * civil affairs does not know, with a name or number that fails validation, or with a number
 * already recorded for another person (a duplicate registration to resolve by hand) is refused
 * to the dead letters with the reason; a match older than the one applied changes nothing.
 */
export async function applyIdentityVerified(tx: EntityManager, event: ReceivedEvent<'identity.verified'>): Promise<void> {
  const facts = event.payload;
  if (facts.personId !== event.subjectId) throw new ExchangeRejection('identity.verified names another person than its subject');
  const name = parsePersonName(facts.verifiedName);
  if (!name.ok) throw new ExchangeRejection(`identity.verified carries an invalid name (${name.error.code})`);
  const idNumber = facts.verifiedIdNumber ? parseResidentIdNumber(facts.verifiedIdNumber, { today: event.occurredAt }) : null;
  if (idNumber && !idNumber.ok) throw new ExchangeRejection(`identity.verified carries an invalid ID number (${idNumber.error.code})`);
  let person = await tx.findOne(Person, { id: facts.personId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  // A record merged since the check was requested: the survivor is the same person.
  for (let hops = 0; person?.recordStatus === 'MERGED' && person.mergedIntoId && hops < 10; hops += 1) {
    person = await tx.findOne(Person, { id: person.mergedIntoId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
  if (!person) throw new ExchangeRejection(`identity.verified for person ${facts.personId}, unknown to civil affairs`);
  if (person.recordStatus !== 'ACTIVE') throw new ExchangeRejection(`identity.verified for person ${facts.personId}, whose record was removed as created in error`);
  const verifiedAt = new Date(facts.verifiedAt);
  if (person.identityVerifiedAt && person.identityVerifiedAt.getTime() > verifiedAt.getTime()) return;
  const id = idNumber?.ok ? idNumber.value : null;
  if (id && id.idNumber !== person.idNumber && (await tx.count(Person, { idNumber: id.idNumber, id: { $ne: person.id } })) > 0) {
    throw new ExchangeRejection('the verified ID number is recorded for another person: a duplicate registration to resolve by hand');
  }
  Object.assign(person, {
    name: name.value,
    ...nameSearchKeys(name.value),
    identityStatus: 'VERIFIED',
    identityCheckId: facts.identityCheckId,
    identityVerifiedAt: verifiedAt,
  });
  if (id) Object.assign(person, { idNumber: id.idNumber, birthDate: id.birthDate, sex: id.sex, estimatedAgeMin: null, estimatedAgeMax: null });
  await tx.flush();
  await appendAudit(tx, PUBLIC_SECURITY_EXCHANGE, event.eventId, [
    { operation: 'UPDATE', recordType: 'Person', recordId: person.id, fields: ['name', 'idNumber', 'identityStatus'], purpose: `identity check ${facts.identityCheckId} matched`, outcome: 'ALLOWED' },
  ]);
}

/** What civil affairs applies from public security's feed. */
export const publicSecurityHandlers: ExchangeHandlers = {
  'identity.verified': applyIdentityVerified,
};
