/**
 * The work list of stays past the standard 10 days in the caller's jurisdiction: staying on
 * (file an extension or end the stay), extended, and long-stay (eligible for settlement).
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller, entityFromRow } from '@lifeline/subgraph-runtime';
import { RescueCase } from '../entities/rescue-case.entity';
import { caseVisibility, personVisibility } from './access';
import { STANDARD_STAY_DAYS, stayFlag } from './stay-clock';
import { type IdentityStatus, type StayFlag } from './vocabulary';

/** Open cases in care past the standard stay, longest first, optionally of one flag. */
export async function findCasesPastStandardStay(em: EntityManager, caller: Caller, flag: StayFlag | null | undefined, first: number, now = new Date()): Promise<RescueCase[]> {
  const persons = personVisibility(caller);
  const cases = caseVisibility(caller);
  const rows = await em.getConnection().execute<Array<Record<string, unknown> & { identity_status: IdentityStatus }>>(
    `select rc.*, p.identity_status from rescue_case rc join person p on p.id = rc.person_id join station s on s.id = rc.station_id
     where rc.status = 'IN_CARE' and rc.intake_at < ? and ${persons.sql} and (${cases.sql})
     order by rc.intake_at asc, rc.id asc limit 1000`,
    [new Date(now.getTime() - STANDARD_STAY_DAYS * 86_400_000), ...persons.params, ...cases.params],
  );
  return rows
    .map((row) => {
      const { identity_status: identityStatus, ...caseRow } = row;
      const rescueCase = entityFromRow(em, RescueCase, caseRow);
      return { rescueCase, flag: stayFlag(rescueCase, { identityStatus }, now) };
    })
    .filter((entry) => entry.flag !== 'STANDARD' && (!flag || entry.flag === flag))
    .slice(0, first)
    .map((entry) => entry.rescueCase);
}
