import { AdminAuditEvent } from './admin-audit-event.entity';
import { RefreshToken } from './refresh-token.entity';
import { ServiceClient } from './service-client.entity';
import { TrustedDocument } from './trusted-document.entity';
import { UserAccount } from './user-account.entity';

export { AdminAuditEvent, RefreshToken, ServiceClient, TrustedDocument, UserAccount };

/** Every entity of the identity database. */
export const entities = [UserAccount, ServiceClient, RefreshToken, TrustedDocument, AdminAuditEvent];
