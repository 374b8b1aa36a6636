import { AuditEvent } from '@lifeline/subgraph-runtime';
import { BiometricSample } from './biometric-sample.entity';
import { IdentityCheck } from './identity-check.entity';
import { IdentityCheckEvent } from './identity-check-event.entity';

/** Every entity of the public-security database. */
export const entities = [IdentityCheck, IdentityCheckEvent, BiometricSample, AuditEvent];
