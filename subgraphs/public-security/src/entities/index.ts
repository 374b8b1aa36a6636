import { AuditEvent } from '@lifeline/subgraph-runtime';
import { BiometricSample } from './biometric-sample.entity';
import { IdentityCheck } from './identity-check.entity';

/** Every entity of the public-security database. */
export const entities = [IdentityCheck, BiometricSample, AuditEvent];
