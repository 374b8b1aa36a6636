/**
 * The documents the gateway trusts, by id (the SHA-256 of the text): the portal's, from its build
 * manifest, which every caller may run; and each integrating system's own, registered in the
 * identity database, which only that system may run. Also each system's document policy. Reads of
 * the database are cached: a document never changes once registered (its id is its text's hash),
 * so a found one is kept; a policy is kept for `policyTtlMs` (an operator's change shows within it,
 * on every replica of the gateway).
 */
import { type DocumentPolicy, type RegisterDocumentsResult, type RegisteredDocument, type TrustedDocumentInput, type TrustedDocumentOrigin, type TrustedDocumentRegistry } from '@lifeline/identity';
import { type Caller } from '@lifeline/subgraph-runtime';

/** What the store needs of the identity database's registry. */
export type ClientDocuments = Pick<TrustedDocumentRegistry, 'documentPolicy' | 'find' | 'list' | 'register'>;

/** The most documents one integrating system may register unless configured otherwise. */
export const DEFAULT_DOCUMENTS_PER_CLIENT = 500;

/** How long a system's document policy is kept before it is read again. */
export const DEFAULT_POLICY_TTL_MS = 30_000;

/** Found documents of systems kept in memory at most (the oldest go first). */
const MAX_CACHED_DOCUMENTS = 10_000;

export interface TrustedDocumentStoreOptions {
  /** Documents of build-time manifests (the portal's) by id; every caller may run them. */
  manifest: ReadonlyMap<string, string>;
  /** Asked for the manifest again when an id is not in it (development); gives it when it changed. */
  reloadManifest?: () => ReadonlyMap<string, string> | undefined;
  /** Integrating systems' documents and policies; without it no system holds documents and every one sends text. */
  clients?: ClientDocuments;
  /** Most documents one system may register (default 500). */
  perClientLimit?: number;
  policyTtlMs?: number;
  now?: () => number;
}

/** The gateway's trusted documents. */
export class TrustedDocumentStore {
  readonly perClientLimit: number;
  private manifest: ReadonlyMap<string, string>;
  private readonly reloadManifest: (() => ReadonlyMap<string, string> | undefined) | undefined;
  private readonly clients: ClientDocuments | undefined;
  private readonly policyTtlMs: number;
  private readonly now: () => number;
  private readonly documents = new Map<string, string>();
  private readonly policies = new Map<string, { policy: DocumentPolicy | null; until: number }>();

  constructor(options: TrustedDocumentStoreOptions) {
    this.manifest = options.manifest;
    this.reloadManifest = options.reloadManifest;
    this.clients = options.clients;
    this.perClientLimit = options.perClientLimit ?? DEFAULT_DOCUMENTS_PER_CLIENT;
    this.policyTtlMs = options.policyTtlMs ?? DEFAULT_POLICY_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** The build-time manifests' documents, by id. */
  manifestDocuments(): ReadonlyMap<string, string> {
    return this.manifest;
  }

  /** The text of the document `sha256Hash` names for this caller: the portal's, or the caller's own system's. */
  async documentFor(caller: Caller, sha256Hash: string): Promise<string | undefined> {
    const shared = this.manifest.get(sha256Hash) ?? this.reloadedManifest()?.get(sha256Hash);
    if (shared !== undefined) return shared;
    if (caller.kind !== 'service' || !this.clients) return undefined;
    const key = `${caller.id}\n${sha256Hash}`;
    const cached = this.documents.get(key);
    if (cached !== undefined) return cached;
    const found = await this.clients.find(caller.id, sha256Hash);
    if (found === null) return undefined;
    this.remember(key, found);
    return found;
  }

  /**
   * The caller's document policy: an integrating system's from its client record (`FREE_TEXT`
   * when the identity database does not know the system, e.g. one of an external provider);
   * null for staff and anonymous callers, whom the gateway's own setting governs.
   */
  async documentPolicyOf(caller: Caller): Promise<DocumentPolicy | null> {
    if (caller.kind !== 'service') return null;
    if (!this.clients) return 'FREE_TEXT';
    const cached = this.policies.get(caller.id);
    if (cached && cached.until > this.now()) return cached.policy ?? 'FREE_TEXT';
    const policy = await this.clients.documentPolicy(caller.id);
    this.policies.set(caller.id, { policy, until: this.now() + this.policyTtlMs });
    return policy ?? 'FREE_TEXT';
  }

  /** Registers documents for the caller's system (all or none; see `TrustedDocumentRegistry.register`). */
  async register(caller: Caller, documents: readonly TrustedDocumentInput[], via: TrustedDocumentOrigin): Promise<RegisterDocumentsResult> {
    if (caller.kind !== 'service' || !this.clients) return { ok: false, code: 'UNKNOWN_CLIENT' };
    const result = await this.clients.register(caller.id, documents, { limit: this.perClientLimit, via });
    if (result.ok) for (const { sha256Hash, body } of documents) this.remember(`${caller.id}\n${sha256Hash}`, body);
    return result;
  }

  /** The caller's system's documents. */
  async list(caller: Caller): Promise<RegisteredDocument[]> {
    if (caller.kind !== 'service' || !this.clients) return [];
    return this.clients.list(caller.id);
  }

  private reloadedManifest(): ReadonlyMap<string, string> | undefined {
    const reloaded = this.reloadManifest?.();
    if (reloaded) this.manifest = reloaded;
    return reloaded;
  }

  private remember(key: string, text: string): void {
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(key, text);
  }
}
