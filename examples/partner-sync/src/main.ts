/**
 * Runs the worked integration against a running Lifeline (`npm start`, then
 * `npm start -w @lifeline/example-partner-sync`; see `config.ts` for the variables). It prints how
 * many persons it paged through, then waits a minute for a change to a person (receive one in the
 * portal meanwhile) and prints what it read.
 */
import { exampleConfig } from './config';
import { runPartnerSync } from './sync';

runPartnerSync({ ...exampleConfig(), waitMs: 60_000 }).then(
  (result) => {
    console.log(`persons: read ${result.persons.read} of ${result.persons.totalCount} in ${result.persons.pages} page(s)`);
    console.log(`deliveries: ${result.deliveries.filter((d) => d.genuine).length} genuine, ${result.deliveries.filter((d) => !d.genuine).length} refused`);
    for (const person of result.changedPersons) console.log(`changed: ${person.id} ${person.displayName} (${person.identityStatus})`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
