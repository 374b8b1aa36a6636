/**
 * @lifeline/identity: who may call Lifeline. Staff sign in (throttled) and keep rotating refresh
 * tokens, integrating systems use OAuth client credentials, everyone carries a short ES256 access
 * token that the gateway turns into a `Caller` with `verifyAccessToken`; tokens of an external
 * OpenID Connect provider can be trusted too. Mount `routes` in the gateway's `serveHttp`.
 */
export { createIdentityService, ACCOUNT_NAME_PATTERN, DEFAULT_AUDIENCE, DEFAULT_REFRESH_TOKEN_TTL_SECONDS } from './identity.service';
export type { IdentityService, IdentityServiceOptions, NewServiceClient, NewUserAccount } from './identity.service';
export { bearerAuthenticator, type BearerAuthenticator } from './bearer.authenticator';
export { identityRoutes, IDENTITY_PATHS, type IdentityRoutes } from './identity.routes';
export { authorizationServerMetadata, TOKEN_ENDPOINT_AUTH_METHODS, type AuthorizationServerMetadata } from './authorization-server.metadata';
export { openIdentity, type OpenIdentityOptions, type OpenedIdentity } from './identity.bootstrap';
export { readIdentityConfig, loadAccessTokenKeys, type IdentityConfig } from './identity.config';
export { seedDemoAccounts, DEMO_USERNAMES, DEMO_CLIENTS, DEMO_CLIENTS_FILE } from './demo-accounts.seeder';
export type { DemoClientCredentials, DemoUsername, SeedDemoAccountsOptions, SeededDemoAccounts } from './demo-accounts.seeder';
export { MAX_ACCESS_TOKEN_TTL_SECONDS, jwkThumbprint, type Jwks, type PublicJwk, type SigningKeyState, type VerificationKey } from './access-token.issuer';
export { openFileSigningKeyRing, type SigningKeyRing } from './signing-key.ring';
export { DEFAULT_OIDC_CLAIM_MAPPING, type ExternalOidcOptions, type OidcClaimMapping } from './external-oidc.verifier';
export type { LoginResult } from './login.workflow';
export type { RefreshResult, TokenPair } from './refresh-token.workflow';
export type { ClientCredentialsRequest, ClientCredentialsResult, ClientCredentialsToken, TokenEndpointErrorCode } from './client-credentials.grant';
export { LOGIN_THROTTLE } from './login-throttle.policy';
export { MIN_SCRYPT_LOG_N, SCRYPT_COST, type ScryptCost } from './password.hasher';
export { definition as identityDatabase, IDENTITY_DATABASE_NAME } from './identity-database.definition';
export { RefreshToken, ServiceClient, TrustedDocument, UserAccount, entities } from './entities';
export { DOCUMENT_POLICIES, isDocumentPolicy, type DocumentPolicy } from './entities/service-client.entity';
export { TRUSTED_DOCUMENT_ORIGINS, type TrustedDocumentOrigin } from './entities/trusted-document.entity';
export { createTrustedDocumentRegistry, trustedDocumentHash, TRUSTED_DOCUMENT_HASH_PATTERN } from './trusted-document.registry';
export type { RegisterDocumentsResult, RegisteredDocument, TrustedDocumentInput, TrustedDocumentRegistry } from './trusted-document.registry';
export { AGENCIES } from './entities/agency.vocabulary';
export { createAdminConsole, grantableScopes, HISTORY_PAGE_SIZE } from './admin-console.workflow';
export type { AccountView, AdminActor, AdminConsole, AdminAuditView, ClientView } from './admin-console.workflow';
export { adminRoutes, ADMIN_PATH_PREFIX, type AdminRoutes } from './admin.routes';
export { AdminAuditEvent, ADMIN_AUDIT_OUTCOMES, type AdminAuditOutcome } from './entities/admin-audit-event.entity';
export { generatePassword, passwordProblem, MIN_PASSWORD_LENGTH, MIN_ADMIN_PASSWORD_LENGTH, type PasswordProblem } from './password.policy';
