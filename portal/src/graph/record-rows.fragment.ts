/**
 * What the portal shows of each agency's records, one fragment per record type. The profile
 * sections and the agencies' list pages select the same fields, so one table component per
 * record type renders both.
 */
import { graphql } from '@/gql';

export const RescueCaseRowFragment = graphql(`
  fragment RescueCaseRow on RescueCase {
    id
    status
    intakeSource
    intakeAt
    zone
    exitAt
    exitReason
    stayDays
    station {
      id
      name
      level
    }
  }
`);

export const IdentityCheckRowFragment = graphql(`
  fragment IdentityCheckRow on IdentityCheck {
    id
    status
    reason
    requestedAt
    concludedAt
    verifiedName
    householdRegistration
    requestingStation {
      id
      name
    }
    samples {
      id
      kind
    }
  }
`);

export const ShelterReferralRowFragment = graphql(`
  fragment ShelterReferralRow on ShelterReferral {
    id
    status
    victimType
    riskLevel
    referringOrganisation
    referringCaseworker
    accompanyingChildren
    submittedAt
  }
`);

export const AidEntrustmentRowFragment = graphql(`
  fragment AidEntrustmentRow on AidEntrustment {
    id
    status
    documentNumber
    issuingOffice
    nationality
    passportNumber
    totalCap { amountFen yuan }
    validFrom
    validUntil
    issuedAt
    items {
      kind
      cap { amountFen yuan }
    }
  }
`);
