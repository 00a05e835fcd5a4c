import type { AuthConfig } from '../src/config/config.js';

/** No trusted issuer and the standard claims: tests add the issuers and keys they need. */
export const TEST_AUTH_CONFIG: AuthConfig = {
  issuer: undefined,
  audience: undefined,
  jwksUrl: undefined,
  roleClaim: 'role',
  countyClaim: 'county',
  partnershipClaim: 'partnership',
  devSigningKeyFile: undefined,
};
