import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { splitServices, usePartnershipForm } from './use-partnerships.js';

describe('usePartnershipForm', () => {
  it('sends the chosen owners, the institution, each service once typed and the contacts', async () => {
    const { client, calls } = mockClient({
      CreatePartnership: () => ({ data: { createPartnership: { name: 'Senja-nettverket' } } }),
    });
    const { result } = withSetup(() => usePartnershipForm(), client);
    result.fill(null);
    result.form.name = 'Senja-nettverket';
    result.addOwner({ id: 'o1', name: 'Senja kommune', orgnr: '1' });
    result.addOwner({ id: 'o2', name: 'Lenvik barnehage AS', orgnr: '2' });
    result.addOwner({ id: 'o1', name: 'Senja kommune', orgnr: '1' });
    result.removeOwner('o2');
    result.form.institutionId = 'i1';
    result.form.otherServices = 'PPT, helsestasjon;\nbarnevern, ';
    result.addContact();
    Object.assign(result.form.contactPersons[0]!, { name: 'Kari', email: 'kari@senja.no' });
    expect(await result.save()).toBe('Senja-nettverket');
    expect(calls.at(-1)?.variables).toEqual({
      input: {
        name: 'Senja-nettverket',
        ownerIds: ['o1'],
        institutionId: 'i1',
        otherServices: ['PPT', 'helsestasjon', 'barnevern'],
        contactPersons: [{ name: 'Kari', role: '', email: 'kari@senja.no', phone: '' }],
      },
    });
  });

  it('splits services on commas, semicolons and lines', () => {
    expect(splitServices(' PPT ,, BUP\nHelsestasjon ')).toEqual(['PPT', 'BUP', 'Helsestasjon']);
  });
});
