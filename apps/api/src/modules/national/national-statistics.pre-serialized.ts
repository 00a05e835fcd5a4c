import type { ApolloServerPlugin } from '@apollo/server';
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../server/request-context.js';

/**
 * A field's value already written as JSON (the national statistics thread's answer), kept in the
 * response's data in place of the value. `stringifyResult` below writes the JSON as it is.
 */
export class PreSerialized {
  constructor(readonly json: string) {}

  /** Inside `stringifyResult`, a token it replaces; anywhere else, the value itself. */
  toJSON(): unknown {
    if (!collecting) return JSON.parse(this.json);
    collecting.push(this.json);
    return `${TOKEN}${collecting.length - 1}`;
  }
}

// NUL cannot be in a PostgreSQL text value, and the nonce is this process's own: no data can
// look like a token.
const TOKEN = `\u0000${randomBytes(8).toString('hex')}:`;
const TOKEN_JSON = JSON.stringify(TOKEN);
let collecting: string[] | undefined;

/**
 * Apollo's `stringifyResult`: its own JSON.stringify + '\n', with PreSerialized values spliced in
 * by concatenation (V8 joins the pieces without copying the megabytes until the body is written).
 */
export function stringifyWithPreSerialized(value: unknown): string {
  collecting = [];
  try {
    let text = JSON.stringify(value);
    const found = collecting;
    for (let n = 0; n < found.length; n++) {
      const token = `${TOKEN_JSON.slice(0, -1)}${n}"`;
      const at = text.indexOf(token);
      if (at < 0) throw new Error('a pre-serialized value was not written');
      text = text.slice(0, at) + found[n]! + text.slice(at + token.length);
    }
    return `${text}\n`;
  } finally {
    collecting = undefined;
  }
}

/**
 * Puts each pre-serialized root field (RequestContext.preSerialized: response name → JSON) in the
 * data once execution has ended, in place of the bare value graphql-js completed (before
 * `willSendResponse`, so the national answers' cache keeps the JSON).
 */
export function preSerializedPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          return {
            async executionDidEnd() {
              const pre = requestContext.contextValue.preSerialized;
              const body = requestContext.response.body;
              if (pre.size === 0 || body?.kind !== 'single') return;
              const data = body.singleResult.data as Record<string, unknown> | null | undefined;
              if (!data) return;
              for (const [key, json] of pre) {
                if (data[key] !== null && data[key] !== undefined)
                  data[key] = new PreSerialized(json);
              }
            },
          };
        },
      };
    },
  };
}
