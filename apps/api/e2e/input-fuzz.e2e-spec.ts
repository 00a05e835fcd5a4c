import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BY_ID_QUERIES, MUTATIONS, startFuzzWorld, type FuzzWorld } from './support/input-fuzz.js';

// Property-based fuzzing at the edge, over HTTP against the real server and PostgreSQL (the
// generators and the property: e2e/support/input-fuzz.ts). Every operation, taken from the schema
// itself, is called with inputs of the right shape, mostly plausible and sometimes hostile; every
// answer must carry a typed error code, and after every refusal the database is unchanged.
// This file: every mutation. (Every by-id query: input-fuzz-queries.)

describe('fuzzing every mutation at the edge', () => {
  let ctx: FuzzWorld;

  beforeAll(async () => {
    ctx = await startFuzzWorld();
  });

  afterAll(() => ctx.close());

  it('derives the operations from the schema: every mutation, every query by id', () => {
    expect(MUTATIONS.length).toBeGreaterThan(40);
    expect(BY_ID_QUERIES.map((f) => f.name)).toEqual(
      expect.arrayContaining(['decision', 'round', 'scenario']),
    );
    // The running server has the schema the file describes (schema-file.spec.ts holds the file).
    expect(Object.keys(ctx.schema.getMutationType()!.getFields()).sort()).toEqual(
      MUTATIONS.map((f) => f.name).sort(),
    );
  });

  it.each(MUTATIONS.map((f) => [f.name, f] as const))(
    'mutation %s: typed codes only, and nothing written by a refusal',
    (_name, field) => ctx.fuzz('mutation', field),
  );
});
