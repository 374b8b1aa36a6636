import Link from 'next/link';

/** A person's name linking to their profile. */
export function PersonLink({ person }: { person: { id: string; displayName: string } }) {
  return (
    <Link href={`/persons/${encodeURIComponent(person.id)}`} data-testid="person-link">
      {person.displayName}
    </Link>
  );
}
