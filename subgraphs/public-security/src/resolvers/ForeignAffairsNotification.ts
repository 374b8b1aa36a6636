import { type ForeignAffairsNotificationResolvers } from '../__generated__/resolvers-types';
import { auditedReads } from '../domain/foreign-national-audit';

export const ForeignAffairsNotification: ForeignAffairsNotificationResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: async (reference, { loaders, audit }) => auditedReads(audit, 'ForeignAffairsNotification', await loaders.notificationById.load(reference.id)),
  statusCheck: async (notification, _, { loaders, audit }) => {
    const check = auditedReads(audit, 'ForeignNationalStatusCheck', await loaders.statusCheckById.load(notification.statusCheck.id));
    // The notification is visible only to callers who may also see every status check.
    if (!check) throw new Error('status check of a visible notification is not visible');
    return check;
  },
  person: (notification) => ({ id: notification.personId }),
  acknowledged: (notification) => notification.acknowledgedAt !== null,
};
