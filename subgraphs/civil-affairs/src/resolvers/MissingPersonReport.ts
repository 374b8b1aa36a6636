import { type MissingPersonReportResolvers } from '../__generated__/resolvers-types';
import { MissingPersonReport as MissingPersonReportEntity } from '../entities/missing-person-report.entity';

export const MissingPersonReport: MissingPersonReportResolvers = {
  __resolveReference: (reference, { em }) => em.findOne(MissingPersonReportEntity, { id: reference.id }),
  ageWhenMissing: (report) => report.ageWhenMissing,
  resolved: (report) => report.resolvedPerson !== null,
};
