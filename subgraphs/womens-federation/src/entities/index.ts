import { AUDIT_ENTITIES } from '@lifeline/subgraph-runtime';
import { ReferralService } from './referral-service.entity';
import { ShelterReferral } from './shelter-referral.entity';
import { ShelterReferralChild } from './shelter-referral-child.entity';

/** Every entity of the women's-federation database. */
export const entities = [ShelterReferral, ...AUDIT_ENTITIES, ShelterReferralChild, ReferralService];
