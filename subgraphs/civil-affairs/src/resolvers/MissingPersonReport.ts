import { type MissingPersonReportResolvers } from '../__generated__/resolvers-types';

export const MissingPersonReport: MissingPersonReportResolvers = {
  // Reloaded through the caller's visibility, as `missingPersonReport(id:)` answers: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.missingPersonReportById.load(reference.id),
  ageWhenMissing: (report) => report.ageWhenMissing,
  resolved: (report) => report.resolvedPerson !== null,
};
