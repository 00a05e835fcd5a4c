import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import { openRoundDeadline, validStatementFields } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { codeOf, type Headers } from './support/common.js';
import {
  CONTEXT,
  EXTEND,
  ROUND,
  SAVE,
  SUBMIT,
  startDraftsWorld,
} from './support/statement-drafts.js';

// The office's extension of a round's deadline for the partnerships. (A partnership's drafts:
// statement-drafts.)

describe('the round’s deadline extension', () => {
  let api: TestApi;
  let world: SmallWorld;
  let partnership: Headers;
  let admin: Headers;

  const sql = <T>(text: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
  beforeAll(async () => {
    ({ api, world, partnership, admin } = await startDraftsWorld());
  });

  afterAll(() => api.close());

  describe('the office’s deadline extension', () => {
    it('lets only the office extend, to a later real date, with a reason; audited', async () => {
      const before = await api.graphql(ROUND, { id: world.tromsRoundId }, admin);
      const round = before.body.data!.round;
      expect(round.submissionDeadline).toBe(openRoundDeadline());

      const byPartnership = await api.graphql(
        EXTEND,
        {
          input: { roundId: world.tromsRoundId, deadline: '2099-01-01', reason: 'Ønsker mer tid' },
        },
        partnership,
      );
      expect(codeOf(byPartnership.body.errors)).toBe('FORBIDDEN');

      const bad = await api.graphql(
        EXTEND,
        { input: { roundId: world.tromsRoundId, deadline: '2027-01-15', reason: '' } },
        admin,
      );
      expect(codeOf(bad.body.errors)).toBe('VALIDATION_FAILED');
      const codes = (bad.body.errors![0]!.extensions!['problems'] as { code: string }[]).map(
        (p) => p.code,
      );
      expect(codes.sort()).toEqual(['ROUND_DEADLINE_NOT_LATER', 'ROUND_DEADLINE_REASON_MISSING']);
      const notADate = await api.graphql(
        EXTEND,
        { input: { roundId: world.tromsRoundId, deadline: '2027-02-30', reason: 'Skrivefeil?' } },
        admin,
      );
      expect(codeOf(notADate.body.errors)).toBe('VALIDATION_FAILED');
    });

    it('opens a passed deadline again for the partnership, and the form’s context says so', async () => {
      // The calendar's deadline (and any extension) lies behind us…
      await sql(
        `update round set calendar = (
           select jsonb_agg(case when m->>'id' = 'submission-deadline'
             then m || '{"start": "2026-02-01", "end": "2026-02-01"}'::jsonb else m end)
           from jsonb_array_elements(calendar) m), submission_deadline_override = null
         where id = ?`,
        [world.tromsRoundId],
      );
      const closed = await api.graphql(CONTEXT, { round: world.tromsRoundId }, partnership);
      expect(closed.body.data!.needsStatementFormContext.open).toBe(false);
      const late = await api.graphql(
        SAVE,
        { input: { roundId: world.tromsRoundId, title: 'For sent' } },
        partnership,
      );
      expect(codeOf(late.body.errors)).toBe('DEADLINE_PASSED');

      // …until the office extends it, to 30 days from now.
      const extended = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const { body } = await api.graphql(
        EXTEND,
        {
          input: {
            roundId: world.tromsRoundId,
            deadline: extended,
            reason: 'Strømbrudd i Nord-Troms siste uke før fristen.',
          },
        },
        admin,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.extendSubmissionDeadline).toMatchObject({
        submissionDeadline: extended,
        submissionDeadlineOverride: extended,
      });
      const audit = await sql<{ reason: string; before: { submissionDeadlineOverride: unknown } }>(
        `select reason, before from audit_log where action = 'extendSubmissionDeadline' and entity_id = ?`,
        [world.tromsRoundId],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]!.reason).toBe('Strømbrudd i Nord-Troms siste uke før fristen.');

      const open = await api.graphql(CONTEXT, { round: world.tromsRoundId }, partnership);
      expect(open.body.data!.needsStatementFormContext).toEqual({ open: true, deadline: extended });
      const submitted = await api.graphql(
        SUBMIT,
        { input: { roundId: world.tromsRoundId, ...validStatementFields(2) } },
        partnership,
      );
      expect(submitted.body.errors).toBeUndefined();
      expect(submitted.body.data!.submitNeedsStatement.status).toBe('SUBMITTED');

      // Back to the calendar's (passed) day: closed again.
      const reset = await api.graphql(
        EXTEND,
        { input: { roundId: world.tromsRoundId, deadline: null, reason: 'Utsettelsen er over.' } },
        admin,
      );
      expect(reset.body.data!.extendSubmissionDeadline.submissionDeadline).toBe('2026-02-01');
      const after = await api.graphql(
        SAVE,
        { input: { roundId: world.tromsRoundId, title: 'For sent igjen' } },
        partnership,
      );
      expect(codeOf(after.body.errors)).toBe('DEADLINE_PASSED');
    });

    it('refuses an extension once the round is closed', async () => {
      const closed = world.nordlandRoundId;
      const nordland = await api.as('ADMIN', 'nordland');
      const { body } = await api.graphql(
        EXTEND,
        { input: { roundId: closed, deadline: '2099-01-01', reason: 'For sent å endre' } },
        nordland,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ROUND_NOT_OPEN',
      });
    });
  });
});
