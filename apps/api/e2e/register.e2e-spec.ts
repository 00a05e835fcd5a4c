import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// The office's register over GraphQL: owners, units, institutions and partnerships. Every
// mutation succeeds for the county's adviser (audited), is refused with a typed code and field
// path while writing nothing, and never reaches another county's rows.

type Headers = Record<string, string>;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

const TROMSO_ORGNR = '986105174';
const SCHOOL_ORGNR = '922530890';
const COLLEGE_ORGNR = '987654325';

const OWNER_FIELDS =
  'id orgnr name ownership municipality { number } participationYears archivedAt version';
const CREATE_OWNER = `mutation($input: CreateOwnerInput!) { createOwner(input: $input) { ${OWNER_FIELDS} } }`;
const UPDATE_OWNER = `mutation($input: UpdateOwnerInput!) { updateOwner(input: $input) { ${OWNER_FIELDS} } }`;
const ARCHIVE_OWNER = `mutation($input: SetArchivedInput!) { setOwnerArchived(input: $input) { id archivedAt version } }`;
const DELETE_OWNER = 'mutation($id: ID!) { deleteOwner(id: $id) }';
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name kind registerId owner { id } } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id name registerId version } }`;
const ARCHIVE_UNIT = `mutation($input: SetArchivedInput!) { setUnitArchived(input: $input) { id archivedAt } }`;
const DELETE_UNIT = 'mutation($id: ID!) { deleteUnit(id: $id) }';
const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id orgnr name kind version } }`;
const UPDATE_INSTITUTION = `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name version } }`;
const ARCHIVE_INSTITUTION = `mutation($input: SetArchivedInput!) { setInstitutionArchived(input: $input) { id archivedAt } }`;
const DELETE_INSTITUTION = 'mutation($id: ID!) { deleteInstitution(id: $id) }';
const PARTNERSHIP_FIELDS = `id name owners { id } institution { id } otherServices
  contactPersons { name role email phone } archivedAt version`;
const CREATE_PARTNERSHIP = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
const UPDATE_PARTNERSHIP = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
const ARCHIVE_PARTNERSHIP = `mutation($input: SetArchivedInput!) { setPartnershipArchived(input: $input) { id archivedAt } }`;
const DELETE_PARTNERSHIP = 'mutation($id: ID!) { deletePartnership(id: $id) }';

describe('the office’s register over GraphQL', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: Headers;
  let nordland: Headers;
  let forum: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
    troms = await api.as('ADMIN', 'troms');
    nordland = await api.as('ADMIN', 'nordland');
    forum = await api.as('FORUM', 'troms');
  });

  afterAll(() => api.close());

  const rows = async (sql: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  const count = async (table: string) =>
    Number((await rows(`select count(*) as n from ${table}`))[0]!['n']);
  const audits = async (action: string, id: string) =>
    rows('select before, after, actor_role from audit_log where action = ? and entity_id = ?', [
      action,
      id,
    ]);
  const code = (errors: Errors) => errors?.[0]?.extensions?.['code'];
  const problems = (errors: Errors) =>
    (errors?.[0]?.extensions?.['problems'] as { code: string; path: (string | number)[] }[]) ?? [];

  async function call<T>(query: string, variables: Record<string, unknown>, as: Headers) {
    const { body } = await api.graphql<T>(query, variables, as);
    return body;
  }

  it('creates, updates, archives and deletes an owner, audited', async () => {
    const created = await call<{ createOwner: { id: string; version: number } }>(
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

    const updated = await call<{ updateOwner: { name: string; version: number } }>(
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

    const archived = await call<{ setOwnerArchived: { archivedAt: string | null } }>(
      ARCHIVE_OWNER,
      { input: { id: owner.id, archived: true } },
      troms,
    );
    expect(archived.data!.setOwnerArchived.archivedAt).not.toBeNull();
    const active = await call<{ owners: { edges: { node: { id: string } }[] } }>(
      'query { owners(first: 200, archived: false) { edges { node { id } } } }',
      {},
      troms,
    );
    expect(active.data!.owners.edges.map((e) => e.node.id)).not.toContain(owner.id);

    const deleted = await call<{ deleteOwner: string }>(DELETE_OWNER, { id: owner.id }, troms);
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
          orgnr: existing!['orgnr'],
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
    const refused = await call(DELETE_OWNER, { id: used!['id'] }, troms);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE' });
    expect(problems(refused.errors)[0]?.code).toBe('REG_IN_USE');
    expect(
      (refused.errors?.[0]?.extensions?.['problems'] as { message: { nb: string } }[])[0]?.message
        .nb,
    ).toMatch(/^Eieren kan ikke slettes fordi \d+ partnerskap/);
    expect(await count('owner')).toBe(before);
    const partnership = await call(DELETE_PARTNERSHIP, { id: world.tromsPartnershipIds[0] }, troms);
    expect(partnership.errors?.[0]?.extensions?.['reason']).toBe('IN_USE');
  });

  it('keeps units with their NSR/NBR id once in the county', async () => {
    const [owner] = await rows(
      `select o.id from owner o join county c on c.id = o.county_id where c.code = 'troms' limit 1`,
    );
    const unit = await call<{ createUnit: { id: string; registerId: string } }>(
      CREATE_UNIT,
      {
        input: {
          ownerId: owner!['id'],
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
          ownerId: owner!['id'],
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
    const renamed = await call<{ updateUnit: { name: string; registerId: string | null } }>(
      UPDATE_UNIT,
      { input: { id, name: 'Ny skole (omdøpt)', kind: 'SCHOOL', registerId: null } },
      troms,
    );
    expect(renamed.data!.updateUnit).toMatchObject({ name: 'Ny skole (omdøpt)', registerId: null });
    expect(
      (
        await call<{ setUnitArchived: { archivedAt: string } }>(
          ARCHIVE_UNIT,
          { input: { id, archived: true } },
          troms,
        )
      ).data!.setUnitArchived.archivedAt,
    ).not.toBeNull();
    expect((await call(DELETE_UNIT, { id }, troms)).errors).toBeUndefined();
    expect(await audits('deleteUnit', id)).toHaveLength(1);
  });

  it('registers institutions and partnerships by the plan’s rules', async () => {
    const institution = await call<{ createInstitution: { id: string; version: number } }>(
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
      ownerIds: owners.map((o) => o['id']),
      institutionId,
      otherServices: ['PPT'],
      contactPersons: [
        { name: 'Kari', role: 'Prosjektleder', email: 'kari@example.no', phone: '' },
      ],
    };
    const created = await call<{
      createPartnership: { id: string; version: number; owners: unknown[] };
    }>(CREATE_PARTNERSHIP, { input }, troms);
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
          leadOwnerId: owners[0]!['id'],
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

    const renamed = await call<{ updatePartnership: { name: string } }>(
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
    const read = await call('query($id: ID!) { owner(id: $id) { id } }', { id }, nordland);
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
    const elsewhere = await call<{ createOwner: { id: string } }>(
      CREATE_OWNER,
      { input: { orgnr: orgnr!['orgnr'], name: 'Samme eier i Nordland', ownership: 'PRIVATE' } },
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
    expect(code((await call('query { units { totalCount } }', {}, forum)).errors)).toBe(
      'FORBIDDEN',
    );
  });
});
