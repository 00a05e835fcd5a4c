import { countyEntityManager } from '../../database/county-transaction.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthConfig } from '../../config/config.js';
import { UnauthenticatedError } from '../../errors/app-error.js';
import { County } from '../county/county.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { DEV_AUDIENCE, DEV_ISSUER, type DevSigningKey } from './dev-signing-key.js';
import { isRole, Role } from './role.js';
import type { Viewer } from './viewer.js';
import { isUuid } from '../../common/uuid.js';

const COUNTY_CACHE_MS = 60_000;
/** A verified token is trusted again without checking its signature for at most this long. */
const VERIFIED_TOKEN_MS = 5 * 60_000;
const VERIFIED_TOKENS = 5_000;

/** Which trusted key verified a token. */
type TokenSource = 'DEV' | 'OIDC' | 'MACHINE';

const DEFAULT_SCOPE_CLAIM = 'scope';
/** A token may live this long at most (exp − iat), unless the configuration says otherwise. */
export const DEFAULT_MAX_TOKEN_LIFETIME_S = 12 * 60 * 60;
/** How far a token's `iat` may lie ahead of this server's clock. */
export const CLOCK_SKEW_S = 60;
export const DEFAULT_STATISTICS_SCOPE = 'statistics:read';

/**
 * Turns a bearer token into a Viewer. Accepts tokens of the configured OIDC issuer (verified
 * against its JWKS: ID-porten, Entra ID…), of the configured machine issuer (Maskinporten: scope
 * only, never a role) and, outside production, tokens signed with the local development key.
 *
 * A token without a role claim that carries the statistics scope (`statistics:read` by default)
 * is a machine client of the national directorate: the NATIONAL viewer, which sees aggregates only.
 */
export class Authenticator {
  private readonly remoteKeys;
  private readonly machineKeys;
  private readonly counties = new Map<
    string,
    { value: Viewer['county'] | undefined; at: number }
  >();
  private readonly partnerships = new Map<string, { value: boolean; at: number }>();
  /**
   * Tokens whose signature and claims were verified, by their exact text, until they expire (and
   * for five minutes at most): checking an ES256 or RS256 signature costs the main thread about
   * 0.4 ms, on every request an adviser's client sends with the same token.
   */
  private readonly verified = new LRUCache<string, { payload: JWTPayload; source: TokenSource }>({
    max: VERIFIED_TOKENS,
    ttl: VERIFIED_TOKEN_MS,
  });

  constructor(
    private readonly config: AuthConfig,
    /** The development signing key; undefined in production. */
    readonly devKey: DevSigningKey | undefined,
  ) {
    this.remoteKeys = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
    this.machineKeys = config.machine
      ? createRemoteJWKSet(new URL(config.machine.jwksUrl))
      : undefined;
  }

  /** The viewer of an `Authorization` header value; null without one. */
  async viewerFromHeader(header: string | undefined, em: EntityManager): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1])
      throw new UnauthenticatedError('The Authorization header must be “Bearer <token>”.');
    const { payload, source } = await this.verify(match[1]);
    if (source === 'MACHINE') return this.machineViewer(payload);
    return this.viewerFromClaims(payload, em);
  }

  private async verify(token: string): Promise<{ payload: JWTPayload; source: TokenSource }> {
    const known = this.verified.get(token);
    if (known) {
      if (known.payload.exp !== undefined && known.payload.exp * 1000 <= Date.now()) {
        this.verified.delete(token);
        throw new UnauthenticatedError('The token has expired.');
      }
      return known;
    }
    const verified = await this.verifySignature(token);
    this.checkTimes(verified.payload);
    const left =
      verified.payload.exp === undefined ? Infinity : verified.payload.exp * 1000 - Date.now();
    this.verified.set(token, verified, { ttl: Math.max(1, Math.min(VERIFIED_TOKEN_MS, left)) });
    return verified;
  }

  /**
   * Every token must expire (`exp`), must not claim to be issued in the future (`iat`, with a
   * minute of clock skew) and may live at most the configured lifetime, counted from `iat` (or
   * from now, for a token without one): a stolen token is worth little for long.
   */
  private checkTimes(payload: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.exp !== 'number') {
      throw new UnauthenticatedError('The token has no expiry (exp).');
    }
    if (payload.iat !== undefined) {
      if (typeof payload.iat !== 'number')
        throw new UnauthenticatedError('The token is not valid.');
      if (payload.iat > now + CLOCK_SKEW_S) {
        throw new UnauthenticatedError('The token claims to be issued in the future.');
      }
    }
    const maxLifetime = this.config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
    const issued = Math.min(payload.iat ?? now, now);
    if (payload.exp - issued > maxLifetime) {
      throw new UnauthenticatedError(
        `The token lives longer than this API accepts (${maxLifetime} s at most).`,
      );
    }
  }

  private async verifySignature(
    token: string,
  ): Promise<{ payload: JWTPayload; source: TokenSource }> {
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
        return { payload, source: 'DEV' };
      }
      if (this.remoteKeys && this.config.issuer && issuer === this.config.issuer) {
        const { payload } = await jwtVerify(token, this.remoteKeys, {
          issuer: this.config.issuer,
          ...(this.config.audience ? { audience: this.config.audience } : {}),
        });
        return { payload, source: 'OIDC' };
      }
      const machine = this.config.machine;
      if (this.machineKeys && machine && issuer === machine.issuer) {
        const { payload } = await jwtVerify(token, this.machineKeys, {
          issuer: machine.issuer,
          ...(machine.audience ? { audience: machine.audience } : {}),
        });
        return { payload, source: 'MACHINE' };
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
    if (!role && payload[this.config.roleClaim] === undefined && this.hasStatisticsScope(payload)) {
      return this.machineViewer(payload);
    }
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
    if (role === Role.PARTNERSHIP && county) {
      if (typeof partnership !== 'string' || !isUuid(partnership)) {
        throw new UnauthenticatedError('A partnership token must name its partnership.');
      }
      if (!(await this.partnershipOfCounty(partnership, county.id, em))) {
        throw new UnauthenticatedError(
          `The token’s partnership ${partnership} is not a partnership of ${county.name}.`,
        );
      }
      partnershipId = partnership;
    }
    const name = typeof payload['name'] === 'string' ? payload['name'] : payload.sub;
    return { subject: payload.sub, name, role, county, partnershipId };
  }

  /**
   * A client-credentials token (Maskinporten, or a dev token minted with `--client`): the NATIONAL
   * viewer when it carries the statistics scope. Its subject is the client, never a person.
   */
  private machineViewer(payload: JWTPayload): Viewer {
    if (!this.hasStatisticsScope(payload)) {
      throw new UnauthenticatedError(
        `The token lacks the scope ${this.statisticsScope()} this API requires of machine clients.`,
      );
    }
    const client = machineClientOf(payload);
    if (!client) throw new UnauthenticatedError('The token names no client.');
    const allowed = this.config.machine?.consumers;
    if (allowed && !allowed.some((a) => client.ids.includes(normaliseConsumer(a)))) {
      throw new UnauthenticatedError(`The client ${client.subject} is not allowed.`);
    }
    return {
      subject: client.subject,
      name: `Maskinklient ${client.subject}`,
      role: Role.NATIONAL,
      county: null,
      partnershipId: null,
    };
  }

  private statisticsScope(): string {
    return this.config.statisticsScope ?? DEFAULT_STATISTICS_SCOPE;
  }

  private hasStatisticsScope(payload: JWTPayload): boolean {
    return scopesOf(payload[this.config.scopeClaim ?? DEFAULT_SCOPE_CLAIM]).includes(
      this.statisticsScope(),
    );
  }

  /**
   * Whether the partnership the token's claim names is one of the county's.
   * Cached for a minute like the counties; read before the request's transaction begins.
   */
  private async partnershipOfCounty(
    id: string,
    countyId: string,
    em: EntityManager,
  ): Promise<boolean> {
    const key = `${countyId}:${id}`;
    const cached = this.partnerships.get(key);
    if (cached && Date.now() - cached.at < COUNTY_CACHE_MS) return cached.value;
    // In a transaction of the county (row-level security): the request's own is not begun yet.
    const found = await countyEntityManager(em, countyId).transactional((tx) =>
      tx.findOne(
        Partnership,
        { id, county: countyId },
        { disableIdentityMap: true, filters: false, fields: ['id'] },
      ),
    );
    const value = found !== null;
    if (value) this.partnerships.set(key, { value, at: Date.now() });
    return value;
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

/**
 * The role claim is one of our roles, spelled exactly (`ADMIN`): an array of roles or another
 * casing is refused rather than guessed at, so a token means exactly one thing.
 */
function pickRole(claim: unknown): Role | undefined {
  if (claim === undefined) return undefined;
  if (typeof claim !== 'string' || !isRole(claim)) {
    throw new UnauthenticatedError(
      'The token’s role claim must be exactly one of ADMIN, FORUM, PARTNERSHIP or NATIONAL.',
    );
  }
  return claim;
}

/** OAuth scopes: a space-separated string (RFC 8693, Maskinporten) or an array (some IdPs). */
export function scopesOf(claim: unknown): string[] {
  if (typeof claim === 'string') return claim.split(/\s+/).filter((s) => s.length > 0);
  if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === 'string');
  return [];
}

/**
 * Who a machine token speaks for: Maskinporten's `consumer.ID` (`0192:<orgnr>`) and `client_id`,
 * else `azp`/`sub`. `ids` are the values an allow-list is matched against.
 */
function machineClientOf(payload: JWTPayload): { subject: string; ids: string[] } | undefined {
  const consumer = payload['consumer'];
  const consumerId =
    consumer &&
    typeof consumer === 'object' &&
    typeof (consumer as { ID?: unknown }).ID === 'string'
      ? normaliseConsumer((consumer as { ID: string }).ID)
      : undefined;
  const clientId = [payload['client_id'], payload['azp'], payload.sub].find(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
  const subject = clientId ?? consumerId;
  if (!subject) return undefined;
  return { subject, ids: [consumerId, clientId].filter((v): v is string => v !== undefined) };
}

/** `0192:970018131` and `970018131` name the same organisation. */
function normaliseConsumer(value: string): string {
  return value.trim().replace(/^0192:/, '');
}
