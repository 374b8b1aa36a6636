import NextLink from 'next/link';
import { type ComponentProps } from 'react';

/**
 * The portal's link (every link of the portal is this one: ESLint refuses `next/link` elsewhere).
 * Not prefetched. A prefetched link asks the portal's server for the linked page's shell as it
 * comes into view: the menu alone made six to twelve such requests on every page load, a list's
 * rows twenty more, each rendered by the server and read by the browser, for pages whose data is
 * fetched again on the click (every page here is dynamic: it shows what the signed-in user may
 * see, as of now). Unprefetched, a click asks for the page at once and the page shows its
 * loading state as soon as the server starts answering.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  return <NextLink {...props} prefetch={false} />;
}
