import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import { validStatementFields } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { codeOf, type Headers } from './support/common.js';
import {
  DISCARD,
  LIST,
  ONE,
  SAVE,
  SUBMIT_DRAFT,
  SUMMARY,
  UPDATE,
  WITHDRAW,
  startDraftsWorld,
} from './support/statement-drafts.js';

// A partnership's drafts of a needs statement in the API. (The office's extension of a round's
// deadline: statement-deadline.)

describe('needs-statement drafts', () => {
  let api: TestApi;
  let world: SmallWorld;
  let partnership: Headers;
  let other: Headers;
  let admin: Headers;
  let forum: Headers;

  const sql = <T>(text: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
  const auditCount = async (action: string, entityId: string) =>
    Number(
      (
        await sql<{ n: string }>(
          `select count(*) as n from audit_log where action = ? and entity_id = ?`,
          [action, entityId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    ({ api, world, partnership, other, admin, forum } = await startDraftsWorld());
  });

  afterAll(() => api.close());

  describe('drafts', () => {
    let draftId: string;
    let version: number;

    it('saves an incomplete draft: the partnership’s alone, audited', async () => {
      const { body } = await api.graphql(
        SAVE,
        {
          input: { roundId: world.tromsRoundId, title: 'Utkast: lesing', localNeeds: 'Halvferdig' },
        },
        partnership,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.saveNeedsStatementDraft).toMatchObject({
        status: 'DRAFT',
        title: 'Utkast: lesing',
      });
      draftId = body.data!.saveNeedsStatementDraft.id;
      version = body.data!.saveNeedsStatementDraft.version;
      expect(await auditCount('saveNeedsStatementDraft', draftId)).toBe(1);

      const read = await api.graphql(ONE, { id: draftId }, partnership);
      expect(read.body.data!.needsStatement.status).toBe('DRAFT');
    });

    it('hides the draft from the office, the forum, another partnership and the round’s figures', async () => {
      for (const [who, headers] of [
        ['office', admin],
        ['other partnership', other],
      ] as const) {
        const one = await api.graphql(ONE, { id: draftId }, headers);
        expect(codeOf(one.body.errors), who).toBe('NOT_FOUND');
      }
      // The forum reads the round's statements through the office's proposal, never a draft.
      const forumList = await api.graphql(LIST, { round: world.tromsRoundId }, forum);
      expect(JSON.stringify(forumList.body.data ?? {})).not.toContain(draftId);
      const list = await api.graphql(LIST, { round: world.tromsRoundId }, admin);
      expect(list.body.errors).toBeUndefined();
      const nodes = list.body.data!.needsStatements.edges.map((e) => e.node);
      expect(nodes.some((n) => n.id === draftId || n.status === 'DRAFT')).toBe(false);
      const summary = await api.graphql(SUMMARY, { id: world.tromsRoundId }, admin);
      expect(summary.body.errors).toBeUndefined();
      const counted = summary.body.data!.round.summary.byStatus.reduce(
        (sum, s) => sum + s.statements,
        0,
      );
      expect(counted).toBe(nodes.length);
      // The allocation reads submitted statements only: the draft is not among them in SQL either.
      const submitted = await sql<{ id: string }>(
        `select id from needs_statement where round_id = ? and status = 'SUBMITTED'`,
        [world.tromsRoundId],
      );
      expect(submitted.map((r) => r.id)).not.toContain(draftId);
    });

    it('refuses a draft from the office and a draft that cannot be stored', async () => {
      const office = await api.graphql(
        SAVE,
        { input: { roundId: world.tromsRoundId, title: 'Kontorets utkast' } },
        admin,
      );
      expect(codeOf(office.body.errors)).toBe('FORBIDDEN');
      const twice = await api.graphql(
        SAVE,
        {
          input: {
            id: draftId,
            expectedVersion: version,
            title: 'x'.repeat(301),
            budget: [
              { year: 2027, owner: 1, institution: 1 },
              { year: 2027, owner: 2, institution: 2 },
            ],
          },
        },
        partnership,
      );
      expect(codeOf(twice.body.errors)).toBe('VALIDATION_FAILED');
      const problems = twice.body.errors![0]!.extensions!['problems'] as { code: string }[];
      expect(problems.map((p) => p.code).sort()).toEqual([
        'NS_DRAFT_BUDGET_YEAR_TWICE',
        'NS_DRAFT_TOO_LONG',
      ]);
    });

    it('saves the draft again (optimistic lock), and refuses update/withdraw on a draft', async () => {
      const stale = await api.graphql(
        SAVE,
        { input: { id: draftId, expectedVersion: version + 5, title: 'Gammel' } },
        partnership,
      );
      expect(codeOf(stale.body.errors)).toBe('CONFLICT');
      const fields = validStatementFields(1);
      const saved = await api.graphql(
        SAVE,
        { input: { id: draftId, expectedVersion: version, ...fields } },
        partnership,
      );
      expect(saved.body.errors).toBeUndefined();
      expect(saved.body.data!.saveNeedsStatementDraft.status).toBe('DRAFT');
      expect(saved.body.data!.saveNeedsStatementDraft.requestedThisYear).toBeGreaterThan(0);
      version = saved.body.data!.saveNeedsStatementDraft.version;

      const update = await api.graphql(
        UPDATE,
        { input: { id: draftId, expectedVersion: version, ...fields } },
        partnership,
      );
      expect(update.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IS_DRAFT',
      });
      const withdraw = await api.graphql(
        WITHDRAW,
        { input: { id: draftId, expectedVersion: version } },
        partnership,
      );
      expect(withdraw.body.errors?.[0]?.extensions).toMatchObject({ reason: 'IS_DRAFT' });
    });

    it('submits the draft with every rule: a faulty one writes nothing, a sound one is SUBMITTED', async () => {
      const fields = validStatementFields(1);
      const faulty = await api.graphql(
        SUBMIT_DRAFT,
        { input: { id: draftId, expectedVersion: version, ...fields, samiPerspectives: '' } },
        partnership,
      );
      expect(codeOf(faulty.body.errors)).toBe('VALIDATION_FAILED');
      const still = await api.graphql(ONE, { id: draftId }, partnership);
      expect(still.body.data!.needsStatement).toEqual(
        expect.objectContaining({ status: 'DRAFT', version }),
      );

      const ok = await api.graphql(
        SUBMIT_DRAFT,
        { input: { id: draftId, expectedVersion: version, ...fields } },
        partnership,
      );
      expect(ok.body.errors).toBeUndefined();
      expect(ok.body.data!.submitNeedsStatementDraft.status).toBe('SUBMITTED');
      expect(await auditCount('submitNeedsStatement', draftId)).toBe(1);
      // Now the office sees it; it is no longer a draft to save or discard.
      const office = await api.graphql(
        gql(
          `query StatementDrafts13($id: ID!) { needsStatement(id: $id) { status history { action } } }`,
        ),
        { id: draftId },
        admin,
      );
      expect(office.body.errors).toBeUndefined();
      expect(office.body.data!.needsStatement.status).toBe('SUBMITTED');
      // The office's history starts at the submission: the draft's saves stay the partnership's.
      expect(office.body.data!.needsStatement.history.map((h) => h.action)).toEqual([
        'submitNeedsStatement',
      ]);
      const again = await api.graphql(
        SAVE,
        { input: { id: draftId, expectedVersion: version + 1, title: 'Tilbake til utkast' } },
        partnership,
      );
      expect(again.body.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_A_DRAFT' });
    });

    it('discards a draft: deleted with its budget, audited; a submitted statement is not discarded', async () => {
      const { body } = await api.graphql(
        SAVE,
        {
          input: {
            roundId: world.tromsRoundId,
            title: 'Kastes',
            budget: [{ year: 2027, owner: 1000, institution: 500 }],
          },
        },
        partnership,
      );
      const id = body.data!.saveNeedsStatementDraft.id;
      const gone = await api.graphql(
        DISCARD,
        { input: { id, expectedVersion: body.data!.saveNeedsStatementDraft.version } },
        partnership,
      );
      expect(gone.body.errors).toBeUndefined();
      expect(gone.body.data!.discardNeedsStatementDraft).toBe(id);
      expect(await sql(`select 1 from needs_statement where id = ?`, [id])).toHaveLength(0);
      expect(
        await sql(`select 1 from needs_statement_budget_line where needs_statement_id = ?`, [id]),
      ).toHaveLength(0);
      expect(await auditCount('discardNeedsStatementDraft', id)).toBe(1);
      const submitted = await api.graphql(DISCARD, { input: { id: draftId } }, partnership);
      expect(submitted.body.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_A_DRAFT' });
    });
  });
});
