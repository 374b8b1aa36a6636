/**
 * What a subgraph that does not own an entity holds of it: only its key. Fields it contributes
 * are resolved from the id (through loaders); nothing else in a representation is trusted.
 */
export interface EntityReference {
  id: string;
}

/** Keeps only the id of an entity representation sent by the gateway. */
export function referenceOf(representation: { id?: unknown }): EntityReference {
  if (typeof representation.id !== 'string') throw new Error('entity representation without an id');
  return { id: representation.id };
}
