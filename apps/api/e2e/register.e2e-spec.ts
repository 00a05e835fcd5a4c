import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import type { Headers } from './support/common.js';
import {
  ACTIVE_OWNERS,
  ARCHIVE_OWNER,
  ARCHIVE_UNIT,
  CREATE_OWNER,
  CREATE_UNIT,
  DELETE_OWNER,
  DELETE_PARTNERSHIP,
  DELETE_UNIT,
  SCHOOL_ORGNR,
  TROMSO_ORGNR,
  UPDATE_OWNER,
  UPDATE_UNIT,
  code,
  problems,
  startRegisterWorld,
  type RegisterWorld,
} from './support/register.js';

// The office's register over GraphQL: owners, units, institutions and partnerships. Every
// mutation succeeds for the county's adviser (audited), is refused with a typed code and field
// path while writing nothing, and never reaches another county's rows.
// This file: owners and units. (Institutions, partnerships and the counties' bounds:
// register-partnerships.)

describe('the office’s register over GraphQL: owners and units', () => {
  let ctx: RegisterWorld;
  let api: TestApi;
  let world: SmallWorld;
  let troms: Headers;

  beforeAll(async () => {
    ctx = await startRegisterWorld();
    ({ api, world, troms } = ctx);
  });

  afterAll(() => api.close());

  const rows = (sql: string, params: unknown[] = []) => ctx.rows(sql, params);
  const count = (table: string) => ctx.count(table);
  const audits = (action: string, id: string) => ctx.audits(action, id);
  const call: RegisterWorld['call'] = (query, variables, as) => ctx.call(query, variables, as);

  it('creates, updates, archives and deletes an owner, audited', async () => {
    const created = await call(
      CREATE_OWNER,
      {
        input: {
          orgnr: '986 105 174',
          name: ' Testkommune ',
          ownership: 'PUBLIC',
          municipalityNumber: '5501',
          participationYears: [2024, 2022],
        },
      },
      troms,
    );
    expect(created.errors).toBeUndefined();
    const owner = created.data!.createOwner as unknown as Record<string, unknown> & {
      id: string;
      version: number;
    };
    expect(owner).toMatchObject({
      orgnr: TROMSO_ORGNR,
      name: 'Testkommune',
      municipality: { number: '5501' },
      participationYears: [2022, 2024],
      archivedAt: null,
    });
    expect(await audits('createOwner', owner.id)).toHaveLength(1);

    const updated = await call(
      UPDATE_OWNER,
      {
        input: {
          id: owner.id,
          expectedVersion: owner.version,
          orgnr: TROMSO_ORGNR,
          name: 'Testkommune privat',
          ownership: 'PRIVATE',
          municipalityNumber: null,
          participationYears: [],
        },
      },
      troms,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOwner.version).toBe(owner.version + 1);
    const [audit] = await audits('updateOwner', owner.id);
    expect(audit?.['before']).toMatchObject({ name: 'Testkommune' });
    expect(audit?.['after']).toMatchObject({ name: 'Testkommune privat' });

    const stale = await call(
      UPDATE_OWNER,
      {
        input: {
          id: owner.id,
          expectedVersion: owner.version,
          orgnr: TROMSO_ORGNR,
          name: 'Gammel versjon',
          ownership: 'PRIVATE',
        },
      },
      troms,
    );
    expect(code(stale.errors)).toBe('CONFLICT');

    const archived = await call(ARCHIVE_OWNER, { input: { id: owner.id, archived: true } }, troms);
    expect(archived.data!.setOwnerArchived.archivedAt).not.toBeNull();
    const active = await call(ACTIVE_OWNERS, {}, troms);
    expect(active.data!.owners.edges.map((e) => e.node.id)).not.toContain(owner.id);

    const deleted = await call(DELETE_OWNER, { id: owner.id }, troms);
    expect(deleted.data?.deleteOwner).toBe(owner.id);
    expect(await rows('select id from owner where id = ?', [owner.id])).toEqual([]);
    expect(await audits('deleteOwner', owner.id)).toHaveLength(1);
  });

  it('refuses a bad owner with every problem at its field, and writes nothing', async () => {
    const before = [await count('owner'), await count('audit_log')];
    const refused = await call(
      CREATE_OWNER,
      {
        input: {
          orgnr: '986105175',
          name: '',
          ownership: 'PUBLIC',
          municipalityNumber: '1804',
          participationYears: [1850],
        },
      },
      troms,
    );
    expect(code(refused.errors)).toBe('VALIDATION_FAILED');
    expect(problems(refused.errors).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['REG_ORGNR_INVALID', 'orgnr'],
      ['REG_TEXT_REQUIRED', 'name'],
      ['REG_MUNICIPALITY_UNKNOWN', 'municipalityNumber'],
      ['REG_YEAR_INVALID', 'participationYears.0'],
    ]);
    const [existing] = await rows('select orgnr from owner limit 1');
    const taken = await call(
      CREATE_OWNER,
      {
        input: {
          orgnr: existing!['orgnr'] as string,
          name: 'Dobbel',
          ownership: 'PRIVATE',
        },
      },
      troms,
    );
    expect(problems(taken.errors).map((p) => p.code)).toEqual(['REG_ORGNR_TAKEN']);
    expect([await count('owner'), await count('audit_log')]).toEqual(before);
  });

  it('refuses to delete what something refers to, naming it, and deletes nothing', async () => {
    const [used] = await rows(
      `select o.id from owner o join partnership_owner po on po.owner_id = o.id
        join county c on c.id = o.county_id where c.code = 'troms' limit 1`,
    );
    const before = await count('owner');
    const refused = await call(DELETE_OWNER, { id: used!['id'] as string }, troms);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' });
    expect(problems(refused.errors)[0]?.code).toBe('REG_IN_USE');
    expect(
      (refused.errors?.[0]?.extensions?.['problems'] as { message: { nb: string } }[])[0]?.message
        .nb,
    ).toMatch(/^Eieren kan ikke slettes fordi \d+ partnerskap/);
    expect(await count('owner')).toBe(before);
    const partnership = await call(
      DELETE_PARTNERSHIP,
      { id: world.tromsPartnershipIds[0]! },
      troms,
    );
    expect(partnership.errors?.[0]?.extensions?.['reason']).toBe('IN_USE');
  });

  it('keeps units with their NSR/NBR id once in the county', async () => {
    const [owner] = await rows(
      `select o.id from owner o join county c on c.id = o.county_id where c.code = 'troms' limit 1`,
    );
    const unit = await call(
      CREATE_UNIT,
      {
        input: {
          ownerId: owner!['id'] as string,
          name: 'Ny skole',
          kind: 'SCHOOL',
          registerId: SCHOOL_ORGNR,
        },
      },
      troms,
    );
    expect(unit.errors).toBeUndefined();
    const id = unit.data!.createUnit.id;
    const twice = await call(
      CREATE_UNIT,
      {
        input: {
          ownerId: owner!['id'] as string,
          name: 'Annen skole',
          kind: 'SCHOOL',
          registerId: SCHOOL_ORGNR,
        },
      },
      troms,
    );
    expect(problems(twice.errors).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['REG_REGISTER_ID_TAKEN', 'registerId'],
    ]);
    const renamed = await call(
      UPDATE_UNIT,
      { input: { id, name: 'Ny skole (omdøpt)', kind: 'SCHOOL', registerId: null } },
      troms,
    );
    expect(renamed.data!.updateUnit).toMatchObject({ name: 'Ny skole (omdøpt)', registerId: null });
    expect(
      (await call(ARCHIVE_UNIT, { input: { id, archived: true } }, troms)).data!.setUnitArchived
        .archivedAt,
    ).not.toBeNull();
    expect((await call(DELETE_UNIT, { id }, troms)).errors).toBeUndefined();
    expect(await audits('deleteUnit', id)).toHaveLength(1);
  });
});
