/** What a list paged both ways reads of its connection's `pageInfo` (`lib/list-page.params` turns it into the footer's links). */
import { graphql } from '@/gql';

export const ListPageInfoFragment = graphql(`
  fragment ListPageInfo on PageInfo {
    hasNextPage
    endCursor
    hasPreviousPage
    startCursor
  }
`);
