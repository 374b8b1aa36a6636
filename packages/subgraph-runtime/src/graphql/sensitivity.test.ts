import { personalDataTypes, sensitivityTable, unclassifiedFields } from './sensitivity';

const SDL = `
directive @sensitive(level: String!) on FIELD_DEFINITION
type Query { person(id: ID!): Person @sensitive(level: "PUBLIC") station: Station }
type Person { id: ID! @sensitive(level: "PUBLIC") name: String @sensitive(level: "PERSONAL") idNumber: String @sensitive(level: "SENSITIVE") }
type Station { id: ID! name: String! }
`;

describe('sensitivity classified in the SDL', () => {
  it('reads the table of classified fields from the directive', () => {
    expect(Object.fromEntries(sensitivityTable(SDL))).toEqual({ 'Query.person': 'PUBLIC', 'Person.id': 'PUBLIC', 'Person.name': 'PERSONAL', 'Person.idNumber': 'SENSITIVE' });
  });

  it('finds the types holding personal data and passes when every field of them is classified', () => {
    expect(personalDataTypes(SDL)).toEqual(['Person']);
    expect(unclassifiedFields(SDL)).toEqual([]);
  });

  it('fails for a new unclassified field of a personal-data type, and for a type that gains a personal field unclassified', () => {
    const added = SDL.replace('idNumber: String @sensitive(level: "SENSITIVE") }', 'idNumber: String @sensitive(level: "SENSITIVE") phone: String }');
    expect(unclassifiedFields(added)).toEqual(['Person.phone is not classified (@sensitive)']);
    const station = SDL.replace('type Station { id: ID! name: String! }', 'type Station { id: ID! name: String! birthDate: String }');
    expect(unclassifiedFields(station)).toEqual(['Station.id is not classified (@sensitive)', 'Station.name is not classified (@sensitive)', 'Station.birthDate is not classified (@sensitive)']);
  });

  it('refuses a level that is not one of the three', () => {
    expect(unclassifiedFields(SDL.replace('"PERSONAL"', '"SECRET"'))).toEqual(['Person.name has level SECRET, not one of PUBLIC, PERSONAL, SENSITIVE', 'Person.name is not classified (@sensitive)']);
  });
});
