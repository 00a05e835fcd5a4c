import { describe, expect, it } from 'vitest';
import {
  changedGrant,
  emptyRegisterDraft,
  registerInput,
  registerMissing,
  yearDrafts,
} from './complaint-form.js';

describe('the complaint forms', () => {
  it('names the missing fields of a registration, and leaves empty optional dates out', () => {
    const draft = emptyRegisterDraft();
    expect(registerMissing(draft)).toEqual(['decision', 'complainant', 'grounds', 'receivedOn']);
    const filled = {
      ...draft,
      decisionId: 'd1',
      complainant: ' Tromsø kommune ',
      grounds: 'For lite.',
      receivedOn: '2026-05-02',
    };
    expect(registerMissing(filled)).toEqual([]);
    expect(registerInput(filled)).toEqual({
      decisionId: 'd1',
      complainant: 'Tromsø kommune',
      grounds: 'For lite.',
      receivedOn: '2026-05-02',
      postedOn: null,
      notifiedOn: null,
      noticeChannel: 'DIGITAL',
    });
  });

  it('turns the year drafts into whole kroner, keeping coordinator funds inside the owner’s part', () => {
    const drafts = yearDrafts([
      { year: 2026, owner: 300_000, institution: 200_000, coordinator: 50_000 },
    ]);
    drafts[0]!.owner = '40 000';
    expect(changedGrant(drafts)).toEqual({
      ok: true,
      grantedPerYear: [{ year: 2026, owner: 40_000, institution: 200_000, coordinator: 40_000 }],
    });
    drafts[0]!.institution = '1,5';
    expect(changedGrant(drafts)).toEqual({ ok: false, invalid: ['2026:institution'] });
  });
});
