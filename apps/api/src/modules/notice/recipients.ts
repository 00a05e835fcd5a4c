import type { Partnership } from '../partnership/partnership.entity.js';
import { isAddress, normalAddress } from './notice.service.js';

export interface Recipient {
  address: string;
  name: string;
}

/**
 * Who a partnership's notices go to: its contact persons, and the contact person named in the
 * needs statement when there is one; each address once.
 */
export function partnershipRecipients(
  partnership: Pick<Partnership, 'contactPersons'>,
  statementContact?: { name: string | null; email: string | null } | null,
): Recipient[] {
  const out = new Map<string, Recipient>();
  const add = (email: string | null | undefined, name: string | null | undefined) => {
    if (!email || !isAddress(email)) return;
    const address = normalAddress(email);
    if (!out.has(address)) out.set(address, { address, name: name?.trim() ?? '' });
  };
  if (statementContact) add(statementContact.email, statementContact.name);
  for (const person of partnership.contactPersons) add(person.email, person.name);
  return [...out.values()];
}
