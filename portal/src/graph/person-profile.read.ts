/**
 * Reads a person's profile for the profile page: the headline federated query first; when it
 * comes back without the person but with errors (an agency's subgraph failed and, its list
 * being non-null, nulled the whole person), each agency's part is read on its own so every
 * section that still answers is shown and only the failed ones show an error.
 */
import type {
  AidEntrustmentRowFragment,
  CivilAffairsSectionFragment,
  IdentityCheckRowFragment,
  ShelterReferralRowFragment,
} from '@/gql/graphql';
import { attributeErrors, type AgencySection } from './agency-section.attribution';
import { queryGraph, type GraphError } from './graph-client';
import {
  PersonCivilAffairsQuery,
  PersonForeignAffairsQuery,
  PersonProfileQuery,
  PersonPublicSecurityQuery,
  PersonWomensFederationQuery,
} from './person-profile.query';

/** One agency section: its records, or the fact that its agency could not answer. */
export type SectionState<T> = { ok: true; data: T } | { ok: false };

export interface PersonProfileSections {
  civilAffairs: SectionState<CivilAffairsSectionFragment['rescueCases']>;
  publicSecurity: SectionState<IdentityCheckRowFragment[]>;
  womensFederation: SectionState<ShelterReferralRowFragment[]>;
  foreignAffairs: SectionState<AidEntrustmentRowFragment[]>;
}

/** The person's own record, without any agency's lists. */
export type PersonDetails = Omit<CivilAffairsSectionFragment, 'rescueCases'>;

export type PersonProfileRead =
  | {
      found: true;
      person: PersonDetails;
      sections: PersonProfileSections;
      /** Errors that took no section away: single values withheld, or errors no section owns. */
      otherErrors: GraphError[];
    }
  | { found: false; unavailable: false }
  | { found: false; unavailable: true; errors: GraphError[] };

/** Only the person's own fields (the headline result also carries every agency's lists). */
function detailsOf(person: CivilAffairsSectionFragment): PersonDetails {
  const { id, displayName, name, namePinyin, sex, birthDate, estimatedAgeMin, estimatedAgeMax, idNumber, phone, dialectRegion, features, identityStatus, createdAt } = person;
  return { id, displayName, name, namePinyin, sex, birthDate, estimatedAgeMin, estimatedAgeMax, idNumber, phone, dialectRegion, features, identityStatus, createdAt };
}

/** A section is shown only when its agency answered: no error placed in it, and its list present. */
function section<T>(failed: boolean, data: T | null | undefined): SectionState<T> {
  // The list is non-null in the schema, but a gateway may null an unavailable agency's field.
  return !failed && data !== undefined && data !== null ? { ok: true, data } : { ok: false };
}

export async function readPersonProfile(id: string): Promise<PersonProfileRead> {
  const headline = await queryGraph(PersonProfileQuery, { id });
  const person = headline.data?.person;
  if (person) {
    const { failedSections, fieldErrors, unattributed } = attributeErrors(headline.errors);
    const failed = (name: AgencySection) => failedSections.has(name);
    return {
      found: true,
      person: detailsOf(person),
      sections: {
        civilAffairs: section(failed('civilAffairs'), person.rescueCases),
        publicSecurity: section(failed('publicSecurity'), person.identityChecks),
        womensFederation: section(failed('womensFederation'), person.shelterReferrals),
        foreignAffairs: section(failed('foreignAffairs'), person.aidEntrustments),
      },
      otherErrors: [...fieldErrors, ...unattributed],
    };
  }
  if (headline.errors.length === 0) return { found: false, unavailable: false };
  // Only another agency's failure can have nulled a person civil affairs still holds; when civil
  // affairs itself, the gateway or the caller's rights failed, reading each part would not help.
  const { failedSections } = attributeErrors(headline.errors);
  if (![...failedSections].some((failed) => failed !== 'civilAffairs')) {
    return { found: false, unavailable: true, errors: headline.errors };
  }

  const [civil, publicSecurity, womensFederation, foreignAffairs] = await Promise.all([
    queryGraph(PersonCivilAffairsQuery, { id }),
    queryGraph(PersonPublicSecurityQuery, { id }),
    queryGraph(PersonWomensFederationQuery, { id }),
    queryGraph(PersonForeignAffairsQuery, { id }),
  ]);
  const civilPerson = civil.data?.person;
  if (!civilPerson) {
    return civil.errors.length === 0 ? { found: false, unavailable: false } : { found: false, unavailable: true, errors: civil.errors };
  }
  const parts = [civil, publicSecurity, womensFederation, foreignAffairs];
  const attributed = attributeErrors(parts.flatMap((part) => part.errors));
  const failed = (name: AgencySection) => attributed.failedSections.has(name);
  return {
    found: true,
    person: detailsOf(civilPerson),
    sections: {
      civilAffairs: section(failed('civilAffairs'), civilPerson.rescueCases),
      publicSecurity: section(failed('publicSecurity'), publicSecurity.data?.person?.identityChecks),
      womensFederation: section(failed('womensFederation'), womensFederation.data?.person?.shelterReferrals),
      foreignAffairs: section(failed('foreignAffairs'), foreignAffairs.data?.person?.aidEntrustments),
    },
    otherErrors: [...attributed.fieldErrors, ...attributed.unattributed],
  };
}
