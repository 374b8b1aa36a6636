import Link from 'next/link';
import { type ComponentProps } from 'react';

/**
 * A link from a row of a list to the row's record (a person, a case, a check, a referral…). Not
 * prefetched as it scrolls into view, as other links are: a page of twenty rows, or a board of
 * fifty, would ask the portal's server for every row's page shell on each load, and a member of
 * staff opens one or two of them. The record's page shows its loading state as soon as the
 * server starts answering the click.
 */
export function RecordLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
