/**
 * The id the portal sends for a document instead of its text: the SHA-256 codegen's client preset
 * embedded in it (`__meta__.hash`, written `sha256:<hex>`, the key of the same document in
 * src/gql/persisted-documents.json), as the gateway takes it (64 hex digits), with the name of the
 * document's operation.
 */
import { Kind, type DocumentNode } from 'graphql';

/** What a request names its document by. */
export interface PersistedId {
  sha256Hash: string;
  operationName: string | undefined;
}

const identified = new WeakMap<DocumentNode, PersistedId>();

/** The document's id and operation name; throws for a document codegen did not generate (never sent as text instead). */
export function persistedId(document: DocumentNode): PersistedId {
  let entry = identified.get(document);
  if (!entry) {
    const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
    if (typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash)) {
      throw new Error('A document without a persisted id: write it with graphql(...) from @/gql and run `npm run codegen`.');
    }
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    entry = { sha256Hash: hash.slice('sha256:'.length), operationName: operation?.name?.value };
    identified.set(document, entry);
  }
  return entry;
}
