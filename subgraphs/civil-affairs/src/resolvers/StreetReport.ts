import { type StreetReportResolvers } from '../__generated__/resolvers-types';
import { StreetReport as StreetReportEntity } from '../entities/street-report.entity';
import { minutesToScene, missedTarget } from '../domain/dispatch.workflow';
import { seesStreetReport } from '../domain/access';

export const StreetReport: StreetReportResolvers = {
  // Reloaded and checked by the access module: a representation proves nothing about access.
  __resolveReference: async (reference, { em, caller }) => {
    const report = await em.findOne(StreetReportEntity, { id: reference.id });
    return report && seesStreetReport(caller, report) ? report : null;
  },
  dispatchedTo: (report, _, { loaders }) => (report.dispatchedTo ? loaders.stationById.load(report.dispatchedTo.id) : null),
  minutesToScene: (report) => minutesToScene(report, new Date()),
  missedThirtyMinutes: (report) => missedTarget(report, new Date()),
};
