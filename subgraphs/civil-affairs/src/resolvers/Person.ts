import { disclose, discloseBirthDate, seesInFull } from '@lifeline/subgraph-runtime';
import { type PersonResolvers } from '../__generated__/resolvers-types';
import { displayName } from '../domain/person-description';

export const Person: PersonResolvers = {
  // Reloaded through the caller's visibility: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
  // A protected victim's classified fields (`@sensitive` in the SDL) are audited by the schema on every read.
  displayName: (person) => displayName(person),
  name: (person) => person.name,
  namePinyin: (person) => person.namePinyin,
  // The birth date is digits 7 to 14 of the ID number: shown with the number in full or not at
  // all, so a masked number cannot be rebuilt from it.
  birthDate: (person, _, { caller }) => discloseBirthDate(caller, person.birthDate),
  idNumber: (person, _, { caller, audit }) => {
    if (!person.idNumber) return null;
    if (!seesInFull(caller, 'RESIDENT_ID')) return disclose(caller, 'RESIDENT_ID', person.idNumber);
    audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['idNumber'], outcome: 'ALLOWED' });
    return person.idNumber;
  },
  phone: (person, _, { caller, audit }) => {
    if (!person.phone) return null;
    if (!seesInFull(caller, 'PHONE')) return disclose(caller, 'PHONE', person.phone);
    audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['phone'], outcome: 'ALLOWED' });
    return person.phone;
  },
  rescueCases: (person, _, { loaders }) => loaders.rescueCasesByPerson.load(person.id),
};
