/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Stations($level: NetworkLevel, $jurisdiction: String) {\n    stations(level: $level, jurisdiction: $jurisdiction) {\n      id\n      name\n      level\n      kind\n      jurisdiction\n      jurisdictionName\n      address\n      isOpen\n      openCaseCount\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StationsDocument,
    "\n  query IdentityChecks($status: IdentityCheckStatus, $first: Int) {\n    identityChecks(status: $status, first: $first) {\n      ...IdentityCheckRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.IdentityChecksDocument,
    "\n  query ShelterReferrals($status: ShelterReferralStatus, $first: Int) {\n    shelterReferrals(status: $status, first: $first) {\n      ...ShelterReferralRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ShelterReferralsDocument,
    "\n  query AidEntrustments($status: AidEntrustmentStatus, $first: Int) {\n    aidEntrustments(status: $status, first: $first) {\n      ...AidEntrustmentRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AidEntrustmentsDocument,
    "\n  query Dashboard {\n    everyone: persons(first: 1) {\n      totalCount\n    }\n    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) {\n      totalCount\n    }\n    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) {\n      totalCount\n    }\n    stations {\n      id\n      level\n      isOpen\n      openCaseCount\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment AuditEventPageFields on AuditEventPage {\n    events {\n      hash\n      at\n      actor\n      actorKind\n      agency\n      roles\n      operation\n      recordType\n      recordId\n      fields\n      purpose\n      outcome\n    }\n    chain {\n      ok\n      checked\n      firstBrokenSeq\n    }\n  }\n": typeof types.AuditEventPageFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      civilAffairs {\n        ...AuditEventPageFields\n      }\n      publicSecurity {\n        ...AuditEventPageFields\n      }\n      womensFederation {\n        ...AuditEventPageFields\n      }\n      foreignAffairs {\n        ...AuditEventPageFields\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment CivilAffairsSection on Person {\n    id\n    displayName\n    name\n    namePinyin\n    sex\n    birthDate\n    estimatedAgeMin\n    estimatedAgeMax\n    idNumber\n    phone\n    dialectRegion\n    features\n    identityStatus\n    createdAt\n    rescueCases {\n      ...RescueCaseRow\n    }\n  }\n": typeof types.CivilAffairsSectionFragmentDoc,
    "\n  fragment PublicSecuritySection on Person {\n    identityChecks {\n      ...IdentityCheckRow\n    }\n  }\n": typeof types.PublicSecuritySectionFragmentDoc,
    "\n  fragment WomensFederationSection on Person {\n    shelterReferrals {\n      ...ShelterReferralRow\n    }\n  }\n": typeof types.WomensFederationSectionFragmentDoc,
    "\n  fragment ForeignAffairsSection on Person {\n    aidEntrustments {\n      ...AidEntrustmentRow\n    }\n  }\n": typeof types.ForeignAffairsSectionFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n      ...PublicSecuritySection\n      ...WomensFederationSection\n      ...ForeignAffairsSection\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query PersonCivilAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n    }\n  }\n": typeof types.PersonCivilAffairsDocument,
    "\n  query PersonPublicSecurity($id: ID!) {\n    person(id: $id) {\n      id\n      ...PublicSecuritySection\n    }\n  }\n": typeof types.PersonPublicSecurityDocument,
    "\n  query PersonWomensFederation($id: ID!) {\n    person(id: $id) {\n      id\n      ...WomensFederationSection\n    }\n  }\n": typeof types.PersonWomensFederationDocument,
    "\n  query PersonForeignAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...ForeignAffairsSection\n    }\n  }\n": typeof types.PersonForeignAffairsDocument,
    "\n  query PersonSearch($filter: PersonFilter, $first: Int, $after: String) {\n    persons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          name\n          namePinyin\n          sex\n          birthDate\n          estimatedAgeMin\n          estimatedAgeMax\n          idNumber\n          identityStatus\n          rescueCases {\n            id\n            status\n            intakeAt\n            station {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonSearchDocument,
    "\n  fragment RescueCaseRow on RescueCase {\n    id\n    status\n    intakeSource\n    intakeAt\n    zone\n    exitAt\n    exitReason\n    stayDays\n    station {\n      id\n      name\n      level\n    }\n  }\n": typeof types.RescueCaseRowFragmentDoc,
    "\n  fragment IdentityCheckRow on IdentityCheck {\n    id\n    status\n    reason\n    requestedAt\n    concludedAt\n    verifiedName\n    householdRegistration\n    requestingStation {\n      id\n      name\n    }\n    samples {\n      id\n      kind\n    }\n  }\n": typeof types.IdentityCheckRowFragmentDoc,
    "\n  fragment ShelterReferralRow on ShelterReferral {\n    id\n    status\n    victimType\n    riskLevel\n    referringOrganisation\n    referringCaseworker\n    accompanyingChildren\n    submittedAt\n  }\n": typeof types.ShelterReferralRowFragmentDoc,
    "\n  fragment AidEntrustmentRow on AidEntrustment {\n    id\n    status\n    documentNumber\n    issuingOffice\n    nationality\n    passportNumber\n    totalCapFen\n    validFrom\n    validUntil\n    issuedAt\n    items {\n      kind\n      capFen\n    }\n  }\n": typeof types.AidEntrustmentRowFragmentDoc,
    "\n  query ShelterReferralDetail($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      status\n      statusReason\n      version\n      victimType\n      riskLevel\n      referringOrganisation\n      referringCaseworker\n      accompanyingChildren\n      submittedAt\n      needs\n      needsNote\n      victim {\n        name\n        sex\n        age\n        ageEstimated\n        phone\n        idNumber\n      }\n      riskAssessment {\n        level\n        factors\n        assessedBy\n        assessedAt\n      }\n      children {\n        ageYears\n        sex\n      }\n      consent {\n        givenBy\n        method\n        at\n      }\n      services {\n        id\n        kind\n        status\n        provider\n        outcome\n      }\n    }\n  }\n": typeof types.ShelterReferralDetailDocument,
    "\n  query ShelterPlacementOfReferral($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      placement {\n        id\n        status\n        version\n        partySize\n        declineReason\n        stayUntil\n        extensionReason\n        places {\n          room\n          placeNumber\n          forVictim\n        }\n      }\n    }\n    shelters {\n      id\n      name\n      freePlaces\n      freeFamilyRooms\n    }\n  }\n": typeof types.ShelterPlacementOfReferralDocument,
    "\n  query ShelterDesk {\n    shelters {\n      id\n      name\n      totalPlaces\n      freePlaces\n      freeFamilyRooms\n      rooms {\n        id\n        label\n        kind\n        places\n        freePlaces\n      }\n    }\n    shelterReferrals(first: 100) {\n      id\n      status\n      victimType\n      riskLevel\n      accompanyingChildren\n      referringOrganisation\n      submittedAt\n    }\n  }\n": typeof types.ShelterDeskDocument,
    "\n  mutation SubmitShelterReferral($input: SubmitShelterReferralInput!) {\n    submitShelterReferral(input: $input) {\n      __typename\n      ... on ShelterReferralChanged {\n        shelterReferral {\n          id\n        }\n      }\n      ... on ReferralInputRejected {\n        field\n        message\n      }\n      ... on IdempotencyConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n    }\n  }\n": typeof types.SubmitShelterReferralDocument,
    "\n  mutation WithdrawShelterReferral($id: ID!, $version: Int!, $reason: String!) {\n    withdrawShelterReferral(referralId: $id, expectedVersion: $version, reason: $reason) {\n      __typename\n      ... on ReferralInputRejected {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n    }\n  }\n": typeof types.WithdrawShelterReferralDocument,
    "\n  mutation AcceptShelterReferral($input: ShelterReferralAnswerInput!) {\n    acceptShelterReferral(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.AcceptShelterReferralDocument,
    "\n  mutation DeclineShelterReferral($input: ShelterReferralAnswerInput!, $reason: String!) {\n    declineShelterReferral(input: $input, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.DeclineShelterReferralDocument,
    "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.AdmitToShelterDocument,
    "\n  mutation ExtendShelterStay($id: ID!, $version: Int!, $until: DateTime!, $reason: String!) {\n    extendShelterStay(placementId: $id, expectedVersion: $version, until: $until, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.ExtendShelterStayDocument,
    "\n  mutation DischargeFromShelter($id: ID!, $version: Int!, $note: String!) {\n    dischargeFromShelter(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.DischargeFromShelterDocument,
    "\n  mutation CloseShelterPlacement($id: ID!, $version: Int!, $note: String) {\n    closeShelterPlacement(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n": typeof types.CloseShelterPlacementDocument,
    "\n  fragment PlacementOutcome on ShelterPlacementResult {\n    __typename\n    ... on InputRejected {\n      message\n    }\n    ... on PlacementStepRefused {\n      message\n    }\n    ... on NoCapacity {\n      message\n    }\n    ... on VersionConflict {\n      message\n    }\n    ... on RecordNotFound {\n      message\n    }\n  }\n": typeof types.PlacementOutcomeFragmentDoc,
};
const documents: Documents = {
    "\n  query Stations($level: NetworkLevel, $jurisdiction: String) {\n    stations(level: $level, jurisdiction: $jurisdiction) {\n      id\n      name\n      level\n      kind\n      jurisdiction\n      jurisdictionName\n      address\n      isOpen\n      openCaseCount\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.StationsDocument,
    "\n  query IdentityChecks($status: IdentityCheckStatus, $first: Int) {\n    identityChecks(status: $status, first: $first) {\n      ...IdentityCheckRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.IdentityChecksDocument,
    "\n  query ShelterReferrals($status: ShelterReferralStatus, $first: Int) {\n    shelterReferrals(status: $status, first: $first) {\n      ...ShelterReferralRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.ShelterReferralsDocument,
    "\n  query AidEntrustments($status: AidEntrustmentStatus, $first: Int) {\n    aidEntrustments(status: $status, first: $first) {\n      ...AidEntrustmentRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.AidEntrustmentsDocument,
    "\n  query Dashboard {\n    everyone: persons(first: 1) {\n      totalCount\n    }\n    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) {\n      totalCount\n    }\n    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) {\n      totalCount\n    }\n    stations {\n      id\n      level\n      isOpen\n      openCaseCount\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment AuditEventPageFields on AuditEventPage {\n    events {\n      hash\n      at\n      actor\n      actorKind\n      agency\n      roles\n      operation\n      recordType\n      recordId\n      fields\n      purpose\n      outcome\n    }\n    chain {\n      ok\n      checked\n      firstBrokenSeq\n    }\n  }\n": types.AuditEventPageFieldsFragmentDoc,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      civilAffairs {\n        ...AuditEventPageFields\n      }\n      publicSecurity {\n        ...AuditEventPageFields\n      }\n      womensFederation {\n        ...AuditEventPageFields\n      }\n      foreignAffairs {\n        ...AuditEventPageFields\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment CivilAffairsSection on Person {\n    id\n    displayName\n    name\n    namePinyin\n    sex\n    birthDate\n    estimatedAgeMin\n    estimatedAgeMax\n    idNumber\n    phone\n    dialectRegion\n    features\n    identityStatus\n    createdAt\n    rescueCases {\n      ...RescueCaseRow\n    }\n  }\n": types.CivilAffairsSectionFragmentDoc,
    "\n  fragment PublicSecuritySection on Person {\n    identityChecks {\n      ...IdentityCheckRow\n    }\n  }\n": types.PublicSecuritySectionFragmentDoc,
    "\n  fragment WomensFederationSection on Person {\n    shelterReferrals {\n      ...ShelterReferralRow\n    }\n  }\n": types.WomensFederationSectionFragmentDoc,
    "\n  fragment ForeignAffairsSection on Person {\n    aidEntrustments {\n      ...AidEntrustmentRow\n    }\n  }\n": types.ForeignAffairsSectionFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n      ...PublicSecuritySection\n      ...WomensFederationSection\n      ...ForeignAffairsSection\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query PersonCivilAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n    }\n  }\n": types.PersonCivilAffairsDocument,
    "\n  query PersonPublicSecurity($id: ID!) {\n    person(id: $id) {\n      id\n      ...PublicSecuritySection\n    }\n  }\n": types.PersonPublicSecurityDocument,
    "\n  query PersonWomensFederation($id: ID!) {\n    person(id: $id) {\n      id\n      ...WomensFederationSection\n    }\n  }\n": types.PersonWomensFederationDocument,
    "\n  query PersonForeignAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...ForeignAffairsSection\n    }\n  }\n": types.PersonForeignAffairsDocument,
    "\n  query PersonSearch($filter: PersonFilter, $first: Int, $after: String) {\n    persons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          name\n          namePinyin\n          sex\n          birthDate\n          estimatedAgeMin\n          estimatedAgeMax\n          idNumber\n          identityStatus\n          rescueCases {\n            id\n            status\n            intakeAt\n            station {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PersonSearchDocument,
    "\n  fragment RescueCaseRow on RescueCase {\n    id\n    status\n    intakeSource\n    intakeAt\n    zone\n    exitAt\n    exitReason\n    stayDays\n    station {\n      id\n      name\n      level\n    }\n  }\n": types.RescueCaseRowFragmentDoc,
    "\n  fragment IdentityCheckRow on IdentityCheck {\n    id\n    status\n    reason\n    requestedAt\n    concludedAt\n    verifiedName\n    householdRegistration\n    requestingStation {\n      id\n      name\n    }\n    samples {\n      id\n      kind\n    }\n  }\n": types.IdentityCheckRowFragmentDoc,
    "\n  fragment ShelterReferralRow on ShelterReferral {\n    id\n    status\n    victimType\n    riskLevel\n    referringOrganisation\n    referringCaseworker\n    accompanyingChildren\n    submittedAt\n  }\n": types.ShelterReferralRowFragmentDoc,
    "\n  fragment AidEntrustmentRow on AidEntrustment {\n    id\n    status\n    documentNumber\n    issuingOffice\n    nationality\n    passportNumber\n    totalCapFen\n    validFrom\n    validUntil\n    issuedAt\n    items {\n      kind\n      capFen\n    }\n  }\n": types.AidEntrustmentRowFragmentDoc,
    "\n  query ShelterReferralDetail($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      status\n      statusReason\n      version\n      victimType\n      riskLevel\n      referringOrganisation\n      referringCaseworker\n      accompanyingChildren\n      submittedAt\n      needs\n      needsNote\n      victim {\n        name\n        sex\n        age\n        ageEstimated\n        phone\n        idNumber\n      }\n      riskAssessment {\n        level\n        factors\n        assessedBy\n        assessedAt\n      }\n      children {\n        ageYears\n        sex\n      }\n      consent {\n        givenBy\n        method\n        at\n      }\n      services {\n        id\n        kind\n        status\n        provider\n        outcome\n      }\n    }\n  }\n": types.ShelterReferralDetailDocument,
    "\n  query ShelterPlacementOfReferral($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      placement {\n        id\n        status\n        version\n        partySize\n        declineReason\n        stayUntil\n        extensionReason\n        places {\n          room\n          placeNumber\n          forVictim\n        }\n      }\n    }\n    shelters {\n      id\n      name\n      freePlaces\n      freeFamilyRooms\n    }\n  }\n": types.ShelterPlacementOfReferralDocument,
    "\n  query ShelterDesk {\n    shelters {\n      id\n      name\n      totalPlaces\n      freePlaces\n      freeFamilyRooms\n      rooms {\n        id\n        label\n        kind\n        places\n        freePlaces\n      }\n    }\n    shelterReferrals(first: 100) {\n      id\n      status\n      victimType\n      riskLevel\n      accompanyingChildren\n      referringOrganisation\n      submittedAt\n    }\n  }\n": types.ShelterDeskDocument,
    "\n  mutation SubmitShelterReferral($input: SubmitShelterReferralInput!) {\n    submitShelterReferral(input: $input) {\n      __typename\n      ... on ShelterReferralChanged {\n        shelterReferral {\n          id\n        }\n      }\n      ... on ReferralInputRejected {\n        field\n        message\n      }\n      ... on IdempotencyConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n    }\n  }\n": types.SubmitShelterReferralDocument,
    "\n  mutation WithdrawShelterReferral($id: ID!, $version: Int!, $reason: String!) {\n    withdrawShelterReferral(referralId: $id, expectedVersion: $version, reason: $reason) {\n      __typename\n      ... on ReferralInputRejected {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n    }\n  }\n": types.WithdrawShelterReferralDocument,
    "\n  mutation AcceptShelterReferral($input: ShelterReferralAnswerInput!) {\n    acceptShelterReferral(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n": types.AcceptShelterReferralDocument,
    "\n  mutation DeclineShelterReferral($input: ShelterReferralAnswerInput!, $reason: String!) {\n    declineShelterReferral(input: $input, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n": types.DeclineShelterReferralDocument,
    "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n": types.AdmitToShelterDocument,
    "\n  mutation ExtendShelterStay($id: ID!, $version: Int!, $until: DateTime!, $reason: String!) {\n    extendShelterStay(placementId: $id, expectedVersion: $version, until: $until, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n": types.ExtendShelterStayDocument,
    "\n  mutation DischargeFromShelter($id: ID!, $version: Int!, $note: String!) {\n    dischargeFromShelter(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n": types.DischargeFromShelterDocument,
    "\n  mutation CloseShelterPlacement($id: ID!, $version: Int!, $note: String) {\n    closeShelterPlacement(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n": types.CloseShelterPlacementDocument,
    "\n  fragment PlacementOutcome on ShelterPlacementResult {\n    __typename\n    ... on InputRejected {\n      message\n    }\n    ... on PlacementStepRefused {\n      message\n    }\n    ... on NoCapacity {\n      message\n    }\n    ... on VersionConflict {\n      message\n    }\n    ... on RecordNotFound {\n      message\n    }\n  }\n": types.PlacementOutcomeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stations($level: NetworkLevel, $jurisdiction: String) {\n    stations(level: $level, jurisdiction: $jurisdiction) {\n      id\n      name\n      level\n      kind\n      jurisdiction\n      jurisdictionName\n      address\n      isOpen\n      openCaseCount\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Stations($level: NetworkLevel, $jurisdiction: String) {\n    stations(level: $level, jurisdiction: $jurisdiction) {\n      id\n      name\n      level\n      kind\n      jurisdiction\n      jurisdictionName\n      address\n      isOpen\n      openCaseCount\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityChecks($status: IdentityCheckStatus, $first: Int) {\n    identityChecks(status: $status, first: $first) {\n      ...IdentityCheckRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdentityChecks($status: IdentityCheckStatus, $first: Int) {\n    identityChecks(status: $status, first: $first) {\n      ...IdentityCheckRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterReferrals($status: ShelterReferralStatus, $first: Int) {\n    shelterReferrals(status: $status, first: $first) {\n      ...ShelterReferralRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShelterReferrals($status: ShelterReferralStatus, $first: Int) {\n    shelterReferrals(status: $status, first: $first) {\n      ...ShelterReferralRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AidEntrustments($status: AidEntrustmentStatus, $first: Int) {\n    aidEntrustments(status: $status, first: $first) {\n      ...AidEntrustmentRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AidEntrustments($status: AidEntrustmentStatus, $first: Int) {\n    aidEntrustments(status: $status, first: $first) {\n      ...AidEntrustmentRow\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    everyone: persons(first: 1) {\n      totalCount\n    }\n    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) {\n      totalCount\n    }\n    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) {\n      totalCount\n    }\n    stations {\n      id\n      level\n      isOpen\n      openCaseCount\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    everyone: persons(first: 1) {\n      totalCount\n    }\n    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) {\n      totalCount\n    }\n    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) {\n      totalCount\n    }\n    stations {\n      id\n      level\n      isOpen\n      openCaseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventPageFields on AuditEventPage {\n    events {\n      hash\n      at\n      actor\n      actorKind\n      agency\n      roles\n      operation\n      recordType\n      recordId\n      fields\n      purpose\n      outcome\n    }\n    chain {\n      ok\n      checked\n      firstBrokenSeq\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventPageFields on AuditEventPage {\n    events {\n      hash\n      at\n      actor\n      actorKind\n      agency\n      roles\n      operation\n      recordType\n      recordId\n      fields\n      purpose\n      outcome\n    }\n    chain {\n      ok\n      checked\n      firstBrokenSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      civilAffairs {\n        ...AuditEventPageFields\n      }\n      publicSecurity {\n        ...AuditEventPageFields\n      }\n      womensFederation {\n        ...AuditEventPageFields\n      }\n      foreignAffairs {\n        ...AuditEventPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      civilAffairs {\n        ...AuditEventPageFields\n      }\n      publicSecurity {\n        ...AuditEventPageFields\n      }\n      womensFederation {\n        ...AuditEventPageFields\n      }\n      foreignAffairs {\n        ...AuditEventPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CivilAffairsSection on Person {\n    id\n    displayName\n    name\n    namePinyin\n    sex\n    birthDate\n    estimatedAgeMin\n    estimatedAgeMax\n    idNumber\n    phone\n    dialectRegion\n    features\n    identityStatus\n    createdAt\n    rescueCases {\n      ...RescueCaseRow\n    }\n  }\n"): (typeof documents)["\n  fragment CivilAffairsSection on Person {\n    id\n    displayName\n    name\n    namePinyin\n    sex\n    birthDate\n    estimatedAgeMin\n    estimatedAgeMax\n    idNumber\n    phone\n    dialectRegion\n    features\n    identityStatus\n    createdAt\n    rescueCases {\n      ...RescueCaseRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicSecuritySection on Person {\n    identityChecks {\n      ...IdentityCheckRow\n    }\n  }\n"): (typeof documents)["\n  fragment PublicSecuritySection on Person {\n    identityChecks {\n      ...IdentityCheckRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WomensFederationSection on Person {\n    shelterReferrals {\n      ...ShelterReferralRow\n    }\n  }\n"): (typeof documents)["\n  fragment WomensFederationSection on Person {\n    shelterReferrals {\n      ...ShelterReferralRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForeignAffairsSection on Person {\n    aidEntrustments {\n      ...AidEntrustmentRow\n    }\n  }\n"): (typeof documents)["\n  fragment ForeignAffairsSection on Person {\n    aidEntrustments {\n      ...AidEntrustmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n      ...PublicSecuritySection\n      ...WomensFederationSection\n      ...ForeignAffairsSection\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n      ...PublicSecuritySection\n      ...WomensFederationSection\n      ...ForeignAffairsSection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCivilAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n    }\n  }\n"): (typeof documents)["\n  query PersonCivilAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...CivilAffairsSection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPublicSecurity($id: ID!) {\n    person(id: $id) {\n      id\n      ...PublicSecuritySection\n    }\n  }\n"): (typeof documents)["\n  query PersonPublicSecurity($id: ID!) {\n    person(id: $id) {\n      id\n      ...PublicSecuritySection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonWomensFederation($id: ID!) {\n    person(id: $id) {\n      id\n      ...WomensFederationSection\n    }\n  }\n"): (typeof documents)["\n  query PersonWomensFederation($id: ID!) {\n    person(id: $id) {\n      id\n      ...WomensFederationSection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonForeignAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...ForeignAffairsSection\n    }\n  }\n"): (typeof documents)["\n  query PersonForeignAffairs($id: ID!) {\n    person(id: $id) {\n      id\n      ...ForeignAffairsSection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonSearch($filter: PersonFilter, $first: Int, $after: String) {\n    persons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          name\n          namePinyin\n          sex\n          birthDate\n          estimatedAgeMin\n          estimatedAgeMax\n          idNumber\n          identityStatus\n          rescueCases {\n            id\n            status\n            intakeAt\n            station {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonSearch($filter: PersonFilter, $first: Int, $after: String) {\n    persons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          name\n          namePinyin\n          sex\n          birthDate\n          estimatedAgeMin\n          estimatedAgeMax\n          idNumber\n          identityStatus\n          rescueCases {\n            id\n            status\n            intakeAt\n            station {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RescueCaseRow on RescueCase {\n    id\n    status\n    intakeSource\n    intakeAt\n    zone\n    exitAt\n    exitReason\n    stayDays\n    station {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment RescueCaseRow on RescueCase {\n    id\n    status\n    intakeSource\n    intakeAt\n    zone\n    exitAt\n    exitReason\n    stayDays\n    station {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentityCheckRow on IdentityCheck {\n    id\n    status\n    reason\n    requestedAt\n    concludedAt\n    verifiedName\n    householdRegistration\n    requestingStation {\n      id\n      name\n    }\n    samples {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment IdentityCheckRow on IdentityCheck {\n    id\n    status\n    reason\n    requestedAt\n    concludedAt\n    verifiedName\n    householdRegistration\n    requestingStation {\n      id\n      name\n    }\n    samples {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShelterReferralRow on ShelterReferral {\n    id\n    status\n    victimType\n    riskLevel\n    referringOrganisation\n    referringCaseworker\n    accompanyingChildren\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment ShelterReferralRow on ShelterReferral {\n    id\n    status\n    victimType\n    riskLevel\n    referringOrganisation\n    referringCaseworker\n    accompanyingChildren\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AidEntrustmentRow on AidEntrustment {\n    id\n    status\n    documentNumber\n    issuingOffice\n    nationality\n    passportNumber\n    totalCapFen\n    validFrom\n    validUntil\n    issuedAt\n    items {\n      kind\n      capFen\n    }\n  }\n"): (typeof documents)["\n  fragment AidEntrustmentRow on AidEntrustment {\n    id\n    status\n    documentNumber\n    issuingOffice\n    nationality\n    passportNumber\n    totalCapFen\n    validFrom\n    validUntil\n    issuedAt\n    items {\n      kind\n      capFen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterReferralDetail($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      status\n      statusReason\n      version\n      victimType\n      riskLevel\n      referringOrganisation\n      referringCaseworker\n      accompanyingChildren\n      submittedAt\n      needs\n      needsNote\n      victim {\n        name\n        sex\n        age\n        ageEstimated\n        phone\n        idNumber\n      }\n      riskAssessment {\n        level\n        factors\n        assessedBy\n        assessedAt\n      }\n      children {\n        ageYears\n        sex\n      }\n      consent {\n        givenBy\n        method\n        at\n      }\n      services {\n        id\n        kind\n        status\n        provider\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShelterReferralDetail($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      status\n      statusReason\n      version\n      victimType\n      riskLevel\n      referringOrganisation\n      referringCaseworker\n      accompanyingChildren\n      submittedAt\n      needs\n      needsNote\n      victim {\n        name\n        sex\n        age\n        ageEstimated\n        phone\n        idNumber\n      }\n      riskAssessment {\n        level\n        factors\n        assessedBy\n        assessedAt\n      }\n      children {\n        ageYears\n        sex\n      }\n      consent {\n        givenBy\n        method\n        at\n      }\n      services {\n        id\n        kind\n        status\n        provider\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterPlacementOfReferral($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      placement {\n        id\n        status\n        version\n        partySize\n        declineReason\n        stayUntil\n        extensionReason\n        places {\n          room\n          placeNumber\n          forVictim\n        }\n      }\n    }\n    shelters {\n      id\n      name\n      freePlaces\n      freeFamilyRooms\n    }\n  }\n"): (typeof documents)["\n  query ShelterPlacementOfReferral($id: ID!) {\n    shelterReferral(id: $id) {\n      id\n      placement {\n        id\n        status\n        version\n        partySize\n        declineReason\n        stayUntil\n        extensionReason\n        places {\n          room\n          placeNumber\n          forVictim\n        }\n      }\n    }\n    shelters {\n      id\n      name\n      freePlaces\n      freeFamilyRooms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShelterDesk {\n    shelters {\n      id\n      name\n      totalPlaces\n      freePlaces\n      freeFamilyRooms\n      rooms {\n        id\n        label\n        kind\n        places\n        freePlaces\n      }\n    }\n    shelterReferrals(first: 100) {\n      id\n      status\n      victimType\n      riskLevel\n      accompanyingChildren\n      referringOrganisation\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query ShelterDesk {\n    shelters {\n      id\n      name\n      totalPlaces\n      freePlaces\n      freeFamilyRooms\n      rooms {\n        id\n        label\n        kind\n        places\n        freePlaces\n      }\n    }\n    shelterReferrals(first: 100) {\n      id\n      status\n      victimType\n      riskLevel\n      accompanyingChildren\n      referringOrganisation\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitShelterReferral($input: SubmitShelterReferralInput!) {\n    submitShelterReferral(input: $input) {\n      __typename\n      ... on ShelterReferralChanged {\n        shelterReferral {\n          id\n        }\n      }\n      ... on ReferralInputRejected {\n        field\n        message\n      }\n      ... on IdempotencyConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitShelterReferral($input: SubmitShelterReferralInput!) {\n    submitShelterReferral(input: $input) {\n      __typename\n      ... on ShelterReferralChanged {\n        shelterReferral {\n          id\n        }\n      }\n      ... on ReferralInputRejected {\n        field\n        message\n      }\n      ... on IdempotencyConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawShelterReferral($id: ID!, $version: Int!, $reason: String!) {\n    withdrawShelterReferral(referralId: $id, expectedVersion: $version, reason: $reason) {\n      __typename\n      ... on ReferralInputRejected {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawShelterReferral($id: ID!, $version: Int!, $reason: String!) {\n    withdrawShelterReferral(referralId: $id, expectedVersion: $version, reason: $reason) {\n      __typename\n      ... on ReferralInputRejected {\n        message\n      }\n      ... on ReferralStepRefused {\n        message\n      }\n      ... on ReferralVersionConflict {\n        message\n      }\n      ... on ReferralNotFound {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptShelterReferral($input: ShelterReferralAnswerInput!) {\n    acceptShelterReferral(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptShelterReferral($input: ShelterReferralAnswerInput!) {\n    acceptShelterReferral(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineShelterReferral($input: ShelterReferralAnswerInput!, $reason: String!) {\n    declineShelterReferral(input: $input, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineShelterReferral($input: ShelterReferralAnswerInput!, $reason: String!) {\n    declineShelterReferral(input: $input, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitToShelter($input: AdmitToShelterInput!) {\n    admitToShelter(input: $input) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendShelterStay($id: ID!, $version: Int!, $until: DateTime!, $reason: String!) {\n    extendShelterStay(placementId: $id, expectedVersion: $version, until: $until, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendShelterStay($id: ID!, $version: Int!, $until: DateTime!, $reason: String!) {\n    extendShelterStay(placementId: $id, expectedVersion: $version, until: $until, reason: $reason) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeFromShelter($id: ID!, $version: Int!, $note: String!) {\n    dischargeFromShelter(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeFromShelter($id: ID!, $version: Int!, $note: String!) {\n    dischargeFromShelter(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseShelterPlacement($id: ID!, $version: Int!, $note: String) {\n    closeShelterPlacement(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n"): (typeof documents)["\n  mutation CloseShelterPlacement($id: ID!, $version: Int!, $note: String) {\n    closeShelterPlacement(placementId: $id, expectedVersion: $version, note: $note) {\n      ...PlacementOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementOutcome on ShelterPlacementResult {\n    __typename\n    ... on InputRejected {\n      message\n    }\n    ... on PlacementStepRefused {\n      message\n    }\n    ... on NoCapacity {\n      message\n    }\n    ... on VersionConflict {\n      message\n    }\n    ... on RecordNotFound {\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementOutcome on ShelterPlacementResult {\n    __typename\n    ... on InputRejected {\n      message\n    }\n    ... on PlacementStepRefused {\n      message\n    }\n    ... on NoCapacity {\n      message\n    }\n    ... on VersionConflict {\n      message\n    }\n    ... on RecordNotFound {\n      message\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;