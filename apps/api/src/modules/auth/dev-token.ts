import { SignJWT } from 'jose';
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, type DevSigningKey } from './dev-signing-key.js';
import type { Role } from './role.js';

export interface DevTokenClaims {
  subject: string;
  name: string;
  role: Role;
  /** County code (e.g. "troms"); absent for NATIONAL. */
  countyCode?: string | undefined;
  /** Partnership id, for PARTNERSHIP. */
  partnershipId?: string | undefined;
  /** Lifetime, e.g. "12h". */
  expiresIn?: string;
}

/** A development token, shaped like an OIDC ID token with our role claims. */
export function signDevToken(key: DevSigningKey, claims: DevTokenClaims): Promise<string> {
  return new SignJWT({
    name: claims.name,
    role: claims.role,
    ...(claims.countyCode ? { county: claims.countyCode } : {}),
    ...(claims.partnershipId ? { partnership: claims.partnershipId } : {}),
  })
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(key.privateKey);
}
