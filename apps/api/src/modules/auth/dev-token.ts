import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
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

export interface DevMachineTokenClaims {
  /** The client's id, e.g. "udir". */
  clientId: string;
  /** Space-separated scopes, e.g. "statistics:read". */
  scope: string;
  /** The consumer organisation's number (9 digits), as Maskinporten's `consumer.ID` gives it. */
  consumerOrgnr?: string | undefined;
  expiresIn?: string;
}

/**
 * A development client-credentials token, shaped like a Maskinporten access token: `scope`,
 * `client_id` and `consumer`, no subject, no role and nothing about a person.
 */
export function signDevMachineToken(
  key: DevSigningKey,
  claims: DevMachineTokenClaims,
): Promise<string> {
  return new SignJWT({
    scope: claims.scope,
    client_id: claims.clientId,
    token_type: 'Bearer',
    ...(claims.consumerOrgnr
      ? { consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${claims.consumerOrgnr}` } }
      : {}),
  })
    .setProtectedHeader({ alg: DEV_ALGORITHM, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(claims.expiresIn ?? '2m')
    .sign(key.privateKey);
}
