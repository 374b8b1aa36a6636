/**
 * Scores missing-person reports against an unidentified person in care and explains every score
 * field by field (DOMAIN.md §3, family tracing). Text similarity (features, dialect, names by
 * characters and by pinyin) comes from PostgreSQL's pg_trgm in one statement; the weighing is
 * plain TypeScript. A match is never confirmed here: a person confirms.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { entityFromRow } from '@lifeline/subgraph-runtime';
import { MissingPersonReport } from '../entities/missing-person-report.entity';
import { type Person } from '../entities/person.entity';
import { ageOn } from './rescue-case.workflow';

export interface MatchEvidence {
  field: string;
  score: number;
  weight: number;
  detail: string;
}

export interface TracingCandidate {
  report: MissingPersonReport;
  score: number;
  evidence: MatchEvidence[];
}

export const MATCH_WEIGHTS = { sex: 0.1, age: 0.2, dialectRegion: 0.1, place: 0.15, date: 0.1, features: 0.25, name: 0.1 } as const;

const YEAR = 365.25 * 86_400_000;

interface Row extends Record<string, unknown> {
  features_similarity: number | null;
  dialect_similarity: number | null;
  name_similarity: number | null;
  pinyin_similarity: number | null;
}

/** The person's age range today: from the birth date, or the estimate. */
function ageRange(person: Person, now: Date): [number, number] | null {
  if (person.birthDate) {
    const age = ageOn(person.birthDate, now);
    return [age, age];
  }
  if (person.estimatedAgeMin != null || person.estimatedAgeMax != null) return [person.estimatedAgeMin ?? 0, person.estimatedAgeMax ?? 120];
  return null;
}

/** The reported person's age today: from the birth date, or the age when missing plus the years since. */
function reportedAge(report: MissingPersonReport, now: Date): number | null {
  if (report.birthDate) return ageOn(report.birthDate, now);
  if (report.ageWhenMissing != null) return report.ageWhenMissing + Math.floor((now.getTime() - report.lastSeenAt.getTime()) / YEAR);
  return null;
}

/**
 * Candidates for a person found at `foundAt` by a station serving `foundDivision`, best first.
 * Reports of the other sex, already resolved, or last seen after the person was found are left out.
 */
export async function findTracingCandidates(
  em: EntityManager,
  person: Person,
  found: { foundAt: Date; foundDivision: string },
  first: number,
  now = new Date(),
): Promise<TracingCandidate[]> {
  const rows = await em.getConnection().execute<Row[]>(
    `select r.*,
            case when ?::text is null or r.features is null then null else similarity(r.features, ?::text) end as features_similarity,
            case when ?::text is null or r.dialect_region is null then null else similarity(r.dialect_region, ?::text) end as dialect_similarity,
            case when ?::text is null then null else similarity(r.name, ?::text) end as name_similarity,
            case when ?::text is null or r.name_pinyin is null then null else similarity(r.name_pinyin, ?::text) end as pinyin_similarity
     from missing_person_report r
     where r.resolved_person_id is null and r.last_seen_at <= ? and (r.sex = ? or ? = 'UNKNOWN' or r.sex = 'UNKNOWN')`,
    [
      person.features, person.features,
      person.dialectRegion, person.dialectRegion,
      person.name, person.name,
      person.namePinyin, person.namePinyin,
      found.foundAt, person.sex, person.sex,
    ],
  );
  const range = ageRange(person, now);
  const candidates = rows.map((row) => {
    const { features_similarity, dialect_similarity, name_similarity, pinyin_similarity, ...reportRow } = row;
    const report = entityFromRow(em, MissingPersonReport, reportRow);
    const evidence: MatchEvidence[] = [];
    evidence.push({
      field: 'sex',
      score: report.sex === person.sex ? 1 : 0.5,
      weight: MATCH_WEIGHTS.sex,
      detail: report.sex === person.sex ? `both ${person.sex}` : `one of them is recorded as UNKNOWN`,
    });
    const age = reportedAge(report, now);
    if (range && age != null) {
      const distance = age < range[0] ? range[0] - age : age > range[1] ? age - range[1] : 0;
      evidence.push({
        field: 'age',
        score: Math.max(0, 1 - distance / 10),
        weight: MATCH_WEIGHTS.age,
        detail: distance === 0 ? `reported age ${age} is within the estimate ${range[0]}-${range[1]}` : `reported age ${age} is ${distance} years outside ${range[0]}-${range[1]}`,
      });
    }
    if (dialect_similarity != null) {
      evidence.push({ field: 'dialectRegion', score: Number(dialect_similarity), weight: MATCH_WEIGHTS.dialectRegion, detail: `"${person.dialectRegion}" vs "${report.dialectRegion}"` });
    }
    const samePlace = report.lastSeenDivision === found.foundDivision ? 1 : report.lastSeenDivision.slice(0, 4) === found.foundDivision.slice(0, 4) ? 0.6 : 0.2;
    evidence.push({
      field: 'place',
      score: samePlace,
      weight: MATCH_WEIGHTS.place,
      detail: samePlace === 1 ? 'last seen in the district where the person was found' : samePlace === 0.6 ? 'last seen in the same city' : 'last seen elsewhere',
    });
    const years = (found.foundAt.getTime() - report.lastSeenAt.getTime()) / YEAR;
    evidence.push({
      field: 'date',
      score: Math.max(0, 1 - years / 5),
      weight: MATCH_WEIGHTS.date,
      detail: `found ${Math.round(years * 12)} months after last seen`,
    });
    if (features_similarity != null) {
      evidence.push({ field: 'features', score: Number(features_similarity), weight: MATCH_WEIGHTS.features, detail: 'trigram similarity of the descriptions' });
    }
    if (name_similarity != null || pinyin_similarity != null) {
      const best = Math.max(Number(name_similarity ?? 0), Number(pinyin_similarity ?? 0));
      evidence.push({ field: 'name', score: best, weight: MATCH_WEIGHTS.name, detail: `"${person.name}" vs "${report.name}" by characters and by pinyin` });
    }
    // Weigh only the fields that could be compared.
    const weights = evidence.reduce((sum, e) => sum + e.weight, 0);
    const score = evidence.reduce((sum, e) => sum + e.score * e.weight, 0) / weights;
    return { report, score: Math.round(score * 1000) / 1000, evidence };
  });
  return candidates.sort((a, b) => b.score - a.score).slice(0, first);
}
