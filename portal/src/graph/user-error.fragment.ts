/**
 * The one way the portal reads why a change stored nothing: every refusal in the API's result
 * unions implements `UserError`, so each mutation spreads this fragment once instead of naming
 * the refusal types (`change-outcome.read.ts` reads it by code and field).
 */
import { graphql } from '@/gql';

export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);
