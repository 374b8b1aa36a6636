import { type MutationResolvers } from '../__generated__/resolvers-types';
import { exitRescueCase, receivePerson, screenRescueCase } from '../domain/rescue-case.service';

export const Mutation: MutationResolvers = {
  receivePerson: (_, { input }, { em, caller, audit }) => receivePerson({ em, caller, audit }, input),
  screenRescueCase: (_, { input }, { em, caller, audit }) => screenRescueCase({ em, caller, audit }, input),
  exitRescueCase: (_, { input }, { em, caller, audit }) => exitRescueCase({ em, caller, audit }, input),
};
