import { graphql } from '@/gql';

/**
 * One agency's page of audit lines, with whether its whole hash chain still verifies. Lines are
 * keyed by their chain hash (unique per trail): `seq` answers INTERNAL_SERVER_ERROR at the time of
 * writing (a runtime bug reported to the lead), and one failing line would null the whole trail.
 */
export const AuditEventPageFragment = graphql(`
  fragment AuditEventPageFields on AuditEventPage {
    events {
      hash
      at
      actor
      actorKind
      agency
      roles
      operation
      recordType
      recordId
      fields
      purpose
      outcome
    }
    chain {
      ok
      checked
      firstBrokenSeq
    }
  }
`);

/** Every agency's audit trail under one filter (auditors only). */
export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditEventFilter, $first: Int) {
    auditEvents(filter: $filter, first: $first) {
      civilAffairs {
        ...AuditEventPageFields
      }
      publicSecurity {
        ...AuditEventPageFields
      }
      womensFederation {
        ...AuditEventPageFields
      }
      foreignAffairs {
        ...AuditEventPageFields
      }
    }
  }
`);
