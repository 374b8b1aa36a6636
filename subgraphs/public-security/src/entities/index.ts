import { AUDIT_ENTITIES, EXCHANGE_ENTITIES, PersonProjection, IdempotencyRecord, RecordChange, WEBHOOK_ENTITIES } from '@lifeline/subgraph-runtime';
import { BiometricSample } from './biometric-sample.entity';
import { ForeignAffairsNotification } from './foreign-affairs-notification.entity';
import { ForeignNationalStatusCheck } from './foreign-national-status-check.entity';
import { ForeignNationalStatusCheckEvent } from './foreign-national-status-check-event.entity';
import { IdentityCheck } from './identity-check.entity';
import { IdentityCheckEvent } from './identity-check-event.entity';
import { PoliceHandOver } from './police-hand-over.entity';
import { TracingConfirmation } from './tracing-confirmation.entity';

/** Every entity of the public-security database. */
export const entities = [IdentityCheck, IdentityCheckEvent, BiometricSample, ...AUDIT_ENTITIES, ForeignNationalStatusCheck, ForeignNationalStatusCheckEvent, ForeignAffairsNotification, PoliceHandOver, TracingConfirmation, PersonProjection, ...EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, ...WEBHOOK_ENTITIES];
