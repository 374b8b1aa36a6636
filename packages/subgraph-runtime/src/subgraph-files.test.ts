import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Kind } from 'graphql';
import { subgraphSdlFiles } from './subgraph';

const schemaDir = join(__dirname, '..', '..', '..', 'schema');

/** The object and enum types one subgraph's SDL files define, by name. */
function definedTypes(name: string): string[] {
  const sdl = subgraphSdlFiles(name, schemaDir).map((file) => readFileSync(join(schemaDir, file), 'utf8')).join('\n');
  return parse(sdl).definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : []));
}

describe('the SDL files of a subgraph', () => {
  it('are its own, the value types subgraphs.json lists for it, then the shared types', () => {
    expect(subgraphSdlFiles('foreign-affairs', schemaDir)).toEqual(['foreign-affairs.graphql', 'money.graphql', 'shared.graphql']);
    expect(subgraphSdlFiles('public-security', schemaDir)).toEqual(['public-security.graphql', 'shared.graphql']);
  });

  it('define Money once, in the agencies that answer amounts only', () => {
    for (const name of ['civil-affairs', 'foreign-affairs']) expect(definedTypes(name).filter((type) => type === 'Money' || type === 'Currency')).toEqual(['Currency', 'Money']);
    for (const name of ['public-security', 'womens-federation']) expect(definedTypes(name)).not.toContain('Money');
  });

  it('refuses a subgraph that subgraphs.json does not list', () => {
    expect(() => subgraphSdlFiles('tax-office', schemaDir)).toThrow('lists no subgraph named tax-office');
  });
});
