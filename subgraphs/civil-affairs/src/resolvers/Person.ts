import { maskIdentifier, maskPhone } from '@lifeline/identity-documents';
import { type PersonResolvers } from '../__generated__/resolvers-types';
import { effectiveIdentityStatus, withVerification, type PersonWithVerification } from '../domain/identity-verification';
import { displayName } from '../domain/person-description';
import { seesFullIdentifiers } from '../domain/person-access';

export const Person: PersonResolvers = {
  // Reloaded through the caller's visibility: a representation proves nothing about access.
  // When the gateway resolves `identityStatus`, the representation also carries public security's
  // `identityVerification` (@requires); it is kept beside the person for that field only.
  __resolveReference: async (reference, { loaders }) => {
    const person = await loaders.personById.load(reference.id);
    if (!person) return null;
    return 'identityVerification' in reference ? withVerification(person, reference.identityVerification ?? null) : person;
  },
  identityStatus: (person: PersonWithVerification) => effectiveIdentityStatus(person.identityStatus, person.identityVerification),
  displayName: (person, _, { audit }) => {
    if (person.confidential) audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['displayName'], outcome: 'ALLOWED' });
    return displayName(person);
  },
  idNumber: (person, _, { caller, audit }) => {
    if (!person.idNumber) return null;
    if (!seesFullIdentifiers(caller)) return maskIdentifier(person.idNumber);
    audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['idNumber'], outcome: 'ALLOWED' });
    return person.idNumber;
  },
  phone: (person, _, { caller, audit }) => {
    if (!person.phone) return null;
    if (!seesFullIdentifiers(caller)) return maskPhone(person.phone);
    audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['phone'], outcome: 'ALLOWED' });
    return person.phone;
  },
  rescueCases: (person, _, { loaders }) => loaders.rescueCasesByPerson.load(person.id),
};
