import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import type { Headers } from './support/common.js';
import {
  ARCHIVE_INSTITUTION,
  ARCHIVE_OWNER,
  ARCHIVE_PARTNERSHIP,
  COLLEGE_ORGNR,
  CREATE_INSTITUTION,
  CREATE_OWNER,
  CREATE_PARTNERSHIP,
  DELETE_INSTITUTION,
  DELETE_OWNER,
  DELETE_PARTNERSHIP,
  OWNER,
  TROMSO_ORGNR,
  UNITS,
  UPDATE_INSTITUTION,
  UPDATE_OWNER,
  UPDATE_PARTNERSHIP,
  code,
  problems,
  startRegisterWorld,
  type RegisterWorld,
} from './support/register.js';

// The office's register over GraphQL: owners, units, institutions and partnerships. Every
// mutation succeeds for the county's adviser (audited), is refused with a typed code and field
// path while writing nothing, and never reaches another county's rows.
// This file: institutions, partnerships and the counties' bounds. (Owners and units: register.)

describe('the office’s register over GraphQL: institutions, partnerships, and each county to its own', () => {
  let ctx: RegisterWorld;
  let api: TestApi;
  let troms: Headers;
  let nordland: Headers;
  let forum: Headers;

  beforeAll(async () => {
    ctx = await startRegisterWorld();
    ({ api, troms, nordland, forum } = ctx);
  });

  afterAll(() => api.close());

  const rows = (sql: string, params: unknown[] = []) => ctx.rows(sql, params);
  const audits = (action: string, id: string) => ctx.audits(action, id);
  const call: RegisterWorld['call'] = (query, variables, as) => ctx.call(query, variables, as);

  it('registers institutions and partnerships by the plan’s rules', async () => {
    const institution = await call(
      CREATE_INSTITUTION,
      { input: { orgnr: COLLEGE_ORGNR, name: 'Nord fagskole', kind: 'VOCATIONAL_COLLEGE' } },
      troms,
    );
    expect(institution.errors).toBeUndefined();
    const institutionId = institution.data!.createInstitution.id;
    const owners = await rows(
      `select o.id from owner o join county c on c.id = o.county_id where c.code = 'troms'
        order by o.orgnr limit 2`,
    );
    const input = {
      name: 'Fagskolenettverket',
      ownerIds: owners.map((o) => o['id'] as string),
      institutionId,
      otherServices: ['PPT'],
      contactPersons: [
        { name: 'Kari', role: 'Prosjektleder', email: 'kari@example.no', phone: '' },
      ],
    };
    const created = await call(CREATE_PARTNERSHIP, { input }, troms);
    expect(created.errors).toBeUndefined();
    const partnership = created.data!.createPartnership;
    expect(partnership.owners).toHaveLength(2);
    const [audit] = await audits('createPartnership', partnership.id);
    expect((audit?.['after'] as { ownerIds: string[] }).ownerIds).toHaveLength(2);

    const refused = await call(
      UPDATE_PARTNERSHIP,
      {
        input: {
          ...input,
          id: partnership.id,
          name: 'fagskolenettverket ',
          ownerIds: [],
          leadOwnerId: owners[0]!['id'] as string,
          contactPersons: [{ name: 'Kari', role: '', email: 'ikke-epost', phone: '' }],
        },
      },
      troms,
    );
    expect(problems(refused.errors).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['REG_PARTNERSHIP_NO_OWNERS', 'ownerIds'],
      ['REG_LEAD_OWNER_NOT_ALLOWED', 'leadOwnerId'],
      ['REG_EMAIL_INVALID', 'contactPersons.0.email'],
    ]);
    const [stored] = await rows('select name, version from partnership where id = ?', [
      partnership.id,
    ]);
    expect(stored).toMatchObject({ name: 'Fagskolenettverket', version: partnership.version });

    const renamed = await call(
      UPDATE_PARTNERSHIP,
      {
        input: {
          ...input,
          id: partnership.id,
          name: 'Fagskolenettverket Nord',
          expectedVersion: partnership.version,
        },
      },
      troms,
    );
    expect(renamed.data!.updatePartnership.name).toBe('Fagskolenettverket Nord');

    // An archived institution cannot join a new partnership.
    expect(
      (await call(ARCHIVE_INSTITUTION, { input: { id: institutionId, archived: true } }, troms))
        .errors,
    ).toBeUndefined();
    const archivedPartner = await call(
      CREATE_PARTNERSHIP,
      { input: { ...input, name: 'Et nytt nettverk' } },
      troms,
    );
    expect(problems(archivedPartner.errors).map((p) => p.code)).toEqual([
      'REG_INSTITUTION_ARCHIVED',
    ]);
    expect(
      (
        await call(
          UPDATE_INSTITUTION,
          {
            input: {
              id: institutionId,
              orgnr: COLLEGE_ORGNR,
              name: 'Nord fagskole AS',
              kind: 'VOCATIONAL_COLLEGE',
            },
          },
          troms,
        )
      ).errors,
    ).toBeUndefined();

    expect(
      (await call(ARCHIVE_PARTNERSHIP, { input: { id: partnership.id, archived: true } }, troms))
        .errors,
    ).toBeUndefined();
    expect((await call(DELETE_PARTNERSHIP, { id: partnership.id }, troms)).errors).toBeUndefined();
    expect(
      await rows('select * from partnership_owner where partnership_id = ?', [partnership.id]),
    ).toEqual([]);
    expect((await call(DELETE_INSTITUTION, { id: institutionId }, troms)).errors).toBeUndefined();
  });

  it('keeps each county to its own register, and the register to the office', async () => {
    const [tromsOwner] = await rows(
      `select o.id, o.name from owner o join county c on c.id = o.county_id where c.code = 'troms' limit 1`,
    );
    const id = tromsOwner!['id'] as string;
    const read = await call(OWNER, { id }, nordland);
    expect(code(read.errors)).toBe('NOT_FOUND');
    const update = await call(
      UPDATE_OWNER,
      { input: { id, orgnr: TROMSO_ORGNR, name: 'Kapret', ownership: 'PRIVATE' } },
      nordland,
    );
    expect(code(update.errors)).toBe('NOT_FOUND');
    expect(code((await call(DELETE_OWNER, { id }, nordland)).errors)).toBe('NOT_FOUND');
    expect(
      code((await call(ARCHIVE_OWNER, { input: { id, archived: true } }, nordland)).errors),
    ).toBe('NOT_FOUND');
    const partnership = await call(
      CREATE_PARTNERSHIP,
      {
        input: {
          name: 'Over fylkesgrensen',
          ownerIds: [id],
          institutionId: '00000000-0000-4000-8000-000000000000',
        },
      },
      nordland,
    );
    expect(problems(partnership.errors).map((p) => p.code)).toEqual([
      'REG_OWNER_UNKNOWN',
      'REG_INSTITUTION_UNKNOWN',
    ]);
    // The same organisation number may be registered in another county.
    const [orgnr] = await rows('select orgnr from owner where id = ?', [id]);
    const elsewhere = await call(
      CREATE_OWNER,
      {
        input: {
          orgnr: orgnr!['orgnr'] as string,
          name: 'Samme eier i Nordland',
          ownership: 'PRIVATE',
        },
      },
      nordland,
    );
    expect(elsewhere.errors).toBeUndefined();
    expect((await rows('select name from owner where id = ?', [id]))[0]).toEqual({
      name: tromsOwner!['name'],
    });
    expect(
      code(
        (
          await call(
            CREATE_OWNER,
            { input: { orgnr: TROMSO_ORGNR, name: 'X', ownership: 'PRIVATE' } },
            forum,
          )
        ).errors,
      ),
    ).toBe('FORBIDDEN');
    expect(code((await call(UNITS, {}, forum)).errors)).toBe('FORBIDDEN');
  });
});
