import type { TestApi } from '../../test/test-server.js';

// Small helpers the e2e files share: the headers a caller sends, an answer's error code, sums,
// and raw SQL on the test database.

export type Headers = Record<string, string>;
export type GqlErrors =
  | Array<{ message: string; path?: readonly string[]; extensions?: Record<string, unknown> }>
  | undefined;

/** The code of the first error of an answer (`extensions.code`). */
export const codeOf = (errors: GqlErrors): unknown => errors?.[0]?.extensions?.['code'];

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Raw SQL on the test database (as the owner: no county filter). */
export async function sqlOn<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await api.db.orm.em.getConnection().execute(query, params)) as T[];
}
