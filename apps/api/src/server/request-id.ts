import { randomUUID } from 'node:crypto';

/** The longest `x-request-id` a client may send; longer ones are replaced. */
export const MAX_REQUEST_ID_LENGTH = 100;
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]+$/;

/**
 * The request's id for logs and the audit log: the client's `x-request-id` when it is at most
 * 100 characters of letters, digits and `. _ : -` (a UUID, a trace id), else a new UUID, so a long
 * or strange header can neither break an audited write nor smuggle text into the logs.
 */
export function requestIdFrom(header: string | undefined): string {
  if (
    header !== undefined &&
    header.length > 0 &&
    header.length <= MAX_REQUEST_ID_LENGTH &&
    SAFE_REQUEST_ID.test(header)
  ) {
    return header;
  }
  return randomUUID();
}
