import { AUDIT_ENTITIES, EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, WEBHOOK_ENTITIES } from '@lifeline/subgraph-runtime';
import { CareService } from './care-service.entity';
import { CareZone } from './care-zone.entity';
import { Escort } from './escort.entity';
import { EscortLeg } from './escort-leg.entity';
import { MissingPersonReport } from './missing-person-report.entity';
import { Person } from './person.entity';
import { PersonTally } from './person-tally.entity';
import { PublicHoliday } from './public-holiday.entity';
import { StationNotification } from './station-notification.entity';
import { TracingRecord } from './tracing-record.entity';
import { PersonAccessGrant } from './person-access-grant.entity';
import { RescueCase } from './rescue-case.entity';
import { RescueCaseEvent } from './rescue-case-event.entity';
import { Shelter } from './shelter.entity';
import { Station } from './station.entity';
import { StreetReport } from './street-report.entity';
import { ZonePlace } from './zone-place.entity';
import { EmergencyEvent } from './emergency-event.entity';
import { EmergencyHelp } from './emergency-help.entity';
import { EmergencyPoint } from './emergency-point.entity';
import { Settlement } from './settlement.entity';
import { ShelterPlaceHold } from './shelter-place-hold.entity';
import { ShelterPlacement } from './shelter-placement.entity';
import { ShelterReferralProjection } from './shelter-referral-projection.entity';
import { ShelterRoom } from './shelter-room.entity';

/** Every entity of the civil-affairs database (the audit trail included). */
export const entities = [Station, CareZone, ZonePlace, Person, PersonTally, PersonAccessGrant, RescueCase, RescueCaseEvent, CareService, Shelter, StreetReport, MissingPersonReport, TracingRecord, PublicHoliday, StationNotification, Escort, EscortLeg, ...AUDIT_ENTITIES, EmergencyEvent, EmergencyPoint, EmergencyHelp, Settlement, ShelterRoom, ShelterPlacement, ShelterPlaceHold, ShelterReferralProjection, ...EXCHANGE_ENTITIES, IdempotencyRecord, RecordChange, ...WEBHOOK_ENTITIES];
