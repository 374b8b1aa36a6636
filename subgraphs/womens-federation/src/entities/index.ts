import { AuditEvent } from '@lifeline/subgraph-runtime';
import { ShelterReferral } from './shelter-referral.entity';

/** Every entity of the women's-federation database. */
export const entities = [ShelterReferral, AuditEvent];
