/**
 * What a list reads of its connection's `pageInfo` (`lib/list-page.params` turns it into the
 * footer's links): `ListPageInfo` where it pages both ways, `ListPageOnInfo` where it pages on only
 * (as a read that walks a connection page after page does).
 */
import { graphql } from '@/gql';

export const ListPageInfoFragment = graphql(`
  fragment ListPageInfo on PageInfo {
    hasNextPage
    endCursor
    hasPreviousPage
    startCursor
  }
`);

export const ListPageOnInfoFragment = graphql(`
  fragment ListPageOnInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);
