import { disclose, discloseBirthDate, seesInFull } from '@lifeline/subgraph-runtime';
import { type PersonResolvers } from '../__generated__/resolvers-types';
import { displayName } from '../domain/person-description';

export const Person: PersonResolvers = {
  // Reloaded through the caller's visibility: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
  displayName: (person, _, { audit }) => {
    if (person.confidential) audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['displayName'], outcome: 'ALLOWED' });
    return displayName(person);
  },
  // A protected victim's name and birth date are as sensitive as her presence: every read is in the trail.
  name: (person, _, { audit }) => {
    if (person.confidential && person.name) audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['name'], outcome: 'ALLOWED' });
    return person.name;
  },
  namePinyin: (person, _, { audit }) => {
    if (person.confidential && person.namePinyin) audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['namePinyin'], outcome: 'ALLOWED' });
    return person.namePinyin;
  },
  // The birth date is digits 7 to 14 of the ID number: shown with the number in full or not at
  // all, so a masked number cannot be rebuilt from it.
  birthDate: (person, _, { caller, audit }) => {
    const birthDate = discloseBirthDate(caller, person.birthDate);
    if (!birthDate) return null;
    if (person.confidential) audit.record({ operation: 'READ', recordType: 'Person', recordId: person.id, fields: ['birthDate'], outcome: 'ALLOWED' });
    return person.birthDate;
  },
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
