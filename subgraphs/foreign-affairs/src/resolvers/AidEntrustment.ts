import { disclose } from '@lifeline/subgraph-runtime';
import { type AidEntrustmentResolvers } from '../__generated__/resolvers-types';
import { seesFullPassportNumbers } from '../domain/access';
import { balance, effectiveStatus } from '../domain/aid-entrustment.workflow';
import { intFen, type Fen } from '../domain/money';
import { type AidItemKind } from '../domain/vocabulary';
import { itemsOfTerms } from '../loaders';

export const AidEntrustment: AidEntrustmentResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.aidEntrustmentById.load(reference.id),
  person: (entrustment) => (entrustment.personId ? { id: entrustment.personId } : null),
  beneficiaryName: (entrustment, _, { audit }) => {
    audit.record({ operation: 'READ', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['beneficiaryName'], outcome: 'ALLOWED' });
    return entrustment.beneficiaryName;
  },
  passportNumber: (entrustment, _, { caller, audit }) => {
    if (!seesFullPassportNumbers(caller)) return disclose(caller, 'PASSPORT', entrustment.passportNumber);
    audit.record({ operation: 'READ', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['passportNumber'], outcome: 'ALLOWED' });
    return entrustment.passportNumber;
  },
  mrzVerified: (entrustment) => entrustment.mrzLine2 !== null,
  statusCheck: (entrustment) => (entrustment.statusCheckId ? { id: entrustment.statusCheckId } : null),
  policeLegalStatus: (entrustment, _, { loaders }) => (entrustment.personId ? loaders.legalStatusByPerson.load(entrustment.personId) : null),
  // Never ACCEPTED (or any open status) once the window has passed, whatever is stored.
  status: (entrustment) => effectiveStatus(entrustment, new Date()),
  version: (entrustment) => entrustment.termsVersion,
  totalCap: (entrustment) => entrustment.totalCapFen,
  totalCapFen: (entrustment) => intFen(entrustment.totalCapFen, 'totalCap'),
  items: (entrustment, _, { loaders }) => itemsOfTerms(loaders, entrustment.id, entrustment.termsVersion),
  versions: (entrustment, _, { loaders }) => loaders.versionsByEntrustment.load(entrustment.id),
  deliveries: (entrustment, _, { loaders }) => loaders.deliveriesByEntrustment.load(entrustment.id),
  events: (entrustment, _, { loaders }) => loaders.eventsByEntrustment.load(entrustment.id),
  // Figures of a visible entrustment, computed from the very deliveries `deliveries` lists: they
  // count nothing the caller cannot list (an entrustment the caller may not see has no balance).
  remaining: async (entrustment, _, { loaders }) => {
    const [items, deliveries] = await Promise.all([
      itemsOfTerms(loaders, entrustment.id, entrustment.termsVersion),
      loaders.deliveriesByEntrustment.load(entrustment.id),
    ]);
    const delivered = new Map<AidItemKind, Fen>();
    for (const d of deliveries) delivered.set(d.kind, (delivered.get(d.kind) ?? 0n) + d.amountFen);
    return balance({ items, totalCapFen: entrustment.totalCapFen }, delivered);
  },
};
