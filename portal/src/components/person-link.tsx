import { Link } from './link';

/** A person's name linking to their profile (a name is data: marked never to be translated). */
export function PersonLink({ person }: { person: { id: string; displayName: string } }) {
  return (
    <Link href={`/persons/${encodeURIComponent(person.id)}`} data-testid="person-link" translate="no">
      {person.displayName}
    </Link>
  );
}
