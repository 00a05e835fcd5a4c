import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import type { AuthConfig } from '../../config/config.js';
import { UnauthenticatedError } from '../../errors/app-error.js';
import { County } from '../county/county.entity.js';
import { DEV_AUDIENCE, DEV_ISSUER, type DevSigningKey } from './dev-signing-key.js';
import { isRole, Role } from './role.js';
import type { Viewer } from './viewer.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTY_CACHE_MS = 60_000;

/**
 * Turns a bearer token into a Viewer. Accepts tokens of the configured OIDC issuer (verified
 * against its JWKS: ID-porten, Entra ID, Maskinporten…) and, outside production, tokens signed
 * with the local development key.
 */
export class Authenticator {
  private readonly remoteKeys;
  private readonly counties = new Map<
    string,
    { value: Viewer['county'] | undefined; at: number }
  >();

  constructor(
    private readonly config: AuthConfig,
    /** The development signing key; undefined in production. */
    readonly devKey: DevSigningKey | undefined,
  ) {
    this.remoteKeys = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  }

  /** The viewer of an `Authorization` header value; null without one. */
  async viewerFromHeader(header: string | undefined, em: EntityManager): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1])
      throw new UnauthenticatedError('The Authorization header must be “Bearer <token>”.');
    const payload = await this.verify(match[1]);
    return this.viewerFromClaims(payload, em);
  }

  private async verify(token: string): Promise<JWTPayload> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new UnauthenticatedError('The token could not be read.');
    }
    try {
      if (this.devKey && issuer === DEV_ISSUER) {
        const { payload } = await jwtVerify(token, this.devKey.publicKey, {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          algorithms: ['ES256'],
        });
        return payload;
      }
      if (this.remoteKeys && this.config.issuer && issuer === this.config.issuer) {
        const { payload } = await jwtVerify(token, this.remoteKeys, {
          issuer: this.config.issuer,
          ...(this.config.audience ? { audience: this.config.audience } : {}),
        });
        return payload;
      }
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw new UnauthenticatedError('The token has expired.');
      }
      if (error instanceof joseErrors.JOSEError) {
        throw new UnauthenticatedError('The token is not valid.');
      }
      throw error;
    }
    throw new UnauthenticatedError('The token’s issuer is not trusted.');
  }

  private async viewerFromClaims(payload: JWTPayload, em: EntityManager): Promise<Viewer> {
    const role = pickRole(payload[this.config.roleClaim]);
    if (!role || !payload.sub) {
      throw new UnauthenticatedError('The token carries no known role or subject.');
    }
    const countyCode = payload[this.config.countyClaim];
    const partnership = payload[this.config.partnershipClaim];
    let county: Viewer['county'] = null;
    if (role !== Role.NATIONAL) {
      if (typeof countyCode !== 'string') {
        throw new UnauthenticatedError('The token names no county for a county role.');
      }
      county = (await this.county(countyCode, em)) ?? null;
      if (!county) throw new UnauthenticatedError(`The token’s county ${countyCode} is unknown.`);
    }
    let partnershipId: string | null = null;
    if (role === Role.PARTNERSHIP) {
      if (typeof partnership !== 'string' || !UUID.test(partnership)) {
        throw new UnauthenticatedError('A partnership token must name its partnership.');
      }
      partnershipId = partnership;
    }
    const name = typeof payload['name'] === 'string' ? payload['name'] : payload.sub;
    return { subject: payload.sub, name, role, county, partnershipId };
  }

  /** Counties change rarely: cached for a minute, so a request costs no extra SQL. */
  private async county(code: string, em: EntityManager): Promise<Viewer['county'] | undefined> {
    const cached = this.counties.get(code);
    if (cached && Date.now() - cached.at < COUNTY_CACHE_MS) return cached.value;
    const found = await em.findOne(County, { code }, { disableIdentityMap: true });
    const value = found ? { id: found.id, code: found.code, name: found.name } : undefined;
    if (value) this.counties.set(code, { value, at: Date.now() });
    return value;
  }
}

function pickRole(claim: unknown): Role | undefined {
  const values = Array.isArray(claim) ? claim : [claim];
  for (const value of values) {
    const upper = typeof value === 'string' ? value.toUpperCase() : value;
    if (isRole(upper)) return upper;
  }
  return undefined;
}
