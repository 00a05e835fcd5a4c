import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi, type TypedOperation } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { GqlErrors, Headers } from './common.js';

// Shared by the register e2e files: the office's register operations (owners, units,
// institutions, partnerships), typed by codegen, and a small world in two counties.

export const TROMSO_ORGNR = '986105174';
export const SCHOOL_ORGNR = '922530890';
export const COLLEGE_ORGNR = '987654325';

export const CREATE_OWNER =
  gql(`mutation Register1($input: CreateOwnerInput!) { createOwner(input: $input) {
  id orgnr name ownership municipality { number } participationYears archivedAt version } }`);
export const UPDATE_OWNER =
  gql(`mutation Register2($input: UpdateOwnerInput!) { updateOwner(input: $input) {
  id orgnr name ownership municipality { number } participationYears archivedAt version } }`);
export const ARCHIVE_OWNER = gql(
  `mutation Register3($input: SetArchivedInput!) { setOwnerArchived(input: $input) { id archivedAt version } }`,
);
export const DELETE_OWNER = gql(`mutation Register4($id: ID!) { deleteOwner(id: $id) }`);
export const OWNER = gql(`query Register17($id: ID!) { owner(id: $id) { id } }`);
export const ACTIVE_OWNERS = gql(
  `query Register18 { owners(first: 200, archived: false) { edges { node { id } } } }`,
);
export const CREATE_UNIT = gql(
  `mutation Register5($input: CreateUnitInput!) { createUnit(input: $input) { id name kind registerId owner { id } } }`,
);
export const UPDATE_UNIT = gql(
  `mutation Register6($input: UpdateUnitInput!) { updateUnit(input: $input) { id name registerId version } }`,
);
export const ARCHIVE_UNIT = gql(
  `mutation Register7($input: SetArchivedInput!) { setUnitArchived(input: $input) { id archivedAt } }`,
);
export const DELETE_UNIT = gql(`mutation Register8($id: ID!) { deleteUnit(id: $id) }`);
export const UNITS = gql(`query Register19 { units { totalCount } }`);
export const CREATE_INSTITUTION = gql(
  `mutation Register9($input: CreateInstitutionInput!) { createInstitution(input: $input) { id orgnr name kind version } }`,
);
export const UPDATE_INSTITUTION = gql(
  `mutation Register10($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name version } }`,
);
export const ARCHIVE_INSTITUTION = gql(
  `mutation Register11($input: SetArchivedInput!) { setInstitutionArchived(input: $input) { id archivedAt } }`,
);
export const DELETE_INSTITUTION = gql(
  `mutation Register12($id: ID!) { deleteInstitution(id: $id) }`,
);
export const CREATE_PARTNERSHIP =
  gql(`mutation Register13($input: CreatePartnershipInput!) { createPartnership(input: $input) {
  id name owners { id } institution { id } otherServices
  contactPersons { name role email phone } archivedAt version } }`);
export const UPDATE_PARTNERSHIP =
  gql(`mutation Register14($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {
  id name owners { id } institution { id } otherServices
  contactPersons { name role email phone } archivedAt version } }`);
export const ARCHIVE_PARTNERSHIP = gql(
  `mutation Register15($input: SetArchivedInput!) { setPartnershipArchived(input: $input) { id archivedAt } }`,
);
export const DELETE_PARTNERSHIP = gql(
  `mutation Register16($id: ID!) { deletePartnership(id: $id) }`,
);

export interface RegisterWorld {
  api: TestApi;
  world: SmallWorld;
  /** The offices of Troms and Nordland, and Troms' forum. */
  troms: Headers;
  nordland: Headers;
  forum: Headers;
  rows(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  count(table: string): Promise<number>;
  /** The audit entries of an action on an entity. */
  audits(action: string, id: string): Promise<Record<string, unknown>[]>;
  /** The answer's body (data and errors) of a typed operation. */
  call<R, V>(
    query: TypedOperation<R, V>,
    variables: V,
    as: Headers,
  ): Promise<{ data?: R; errors?: NonNullable<GqlErrors> }>;
}

export const code = (errors: GqlErrors) => errors?.[0]?.extensions?.['code'];
export const problems = (errors: GqlErrors) =>
  (errors?.[0]?.extensions?.['problems'] as { code: string; path: (string | number)[] }[]) ?? [];

/** Starts the API on a small world (for a beforeAll; close `api` afterwards). */
export async function startRegisterWorld(): Promise<RegisterWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
  const rows = async (sql: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  return {
    api,
    world,
    troms: await api.as('ADMIN', 'troms'),
    nordland: await api.as('ADMIN', 'nordland'),
    forum: await api.as('FORUM', 'troms'),
    rows,
    count: async (table) => Number((await rows(`select count(*) as n from ${table}`))[0]!['n']),
    audits: (action, id) =>
      rows('select before, after, actor_role from audit_log where action = ? and entity_id = ?', [
        action,
        id,
      ]),
    async call(query, variables, as) {
      const { body } = await api.graphql(query, variables, as);
      return body;
    },
  };
}
