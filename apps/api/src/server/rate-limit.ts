import type express from 'express';
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';

export interface RateLimitOptions {
  windowSeconds: number;
  /** Requests per window per bearer token (0: no limit). */
  perToken: number;
  /** Requests per window per client address (0: no limit). */
  perAddress: number;
  /** Client addresses never limited. */
  exempt?: readonly string[];
}

/**
 * Requests per bearer token and per client address, counted in this process's memory over a
 * fixed window. Over either limit the request is answered at once with HTTP 429, `Retry-After`
 * (seconds until the window lets it through) and the code RATE_LIMITED in GraphQL's error shape,
 * before any database work. The token is counted by its SHA-256, never kept as it came.
 */
export function rateLimit(options: RateLimitOptions, logger: Logger): express.RequestHandler {
  const limiter = (points: number, keyPrefix: string) =>
    points > 0
      ? new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds })
      : undefined;
  const byAddress = limiter(options.perAddress, 'address');
  const byToken = limiter(options.perToken, 'token');
  const exempt = new Set((options.exempt ?? []).map(normalisedAddress));
  return (req, res, next) => {
    const address = normalisedAddress(req.socket.remoteAddress ?? '');
    if (exempt.has(address) || (!byAddress && !byToken)) return next();
    const authorization = req.get('authorization');
    const check = async (): Promise<'address' | 'token' | undefined> => {
      if (byAddress && !(await allowed(byAddress, address))) return 'address';
      if (byToken && authorization) {
        const key = createHash('sha256').update(authorization).digest('base64url');
        if (!(await allowed(byToken, key))) return 'token';
      }
      return undefined;
    };
    check().then(
      (limited) => {
        if (!limited) return next();
        const waitMs = limitedFor.get(req) ?? options.windowSeconds * 1000;
        const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
        logger.debug({ limited, address }, 'rate limited');
        res.setHeader('retry-after', String(retryAfter));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests from this ${limited === 'token' ? 'sign-in' : 'address'}. Try again in ${retryAfter} s.`,
              extensions: { code: 'RATE_LIMITED', limit: limited, retryAfterSeconds: retryAfter },
            },
          ],
        });
      },
      (error: unknown) => next(error),
    );

    async function allowed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
      try {
        await limiter.consume(key);
        return true;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        limitedFor.set(req, refusal.msBeforeNext);
        return false;
      }
    }
  };
}

const limitedFor = new WeakMap<express.Request, number>();

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same client. */
function normalisedAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
