import { type EmergencyHelpCountResolvers, type EmergencyHelpResolvers } from '../__generated__/resolvers-types';
import { aidKinds } from '../domain/emergency.workflow';

export const EmergencyHelp: EmergencyHelpResolvers = {
  kinds: (help) => aidKinds(help),
  // Null when the linked person is not visible to the caller.
  person: (help, _, { loaders }) => (help.person ? loaders.personById.load(help.person.id) : null),
};

export const EmergencyHelpCount: EmergencyHelpCountResolvers = {
  point: async (count, _, { loaders }) => (await loaders.emergencyPointById.load(count.pointId))!,
};
