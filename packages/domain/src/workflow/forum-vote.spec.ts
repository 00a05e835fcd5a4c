import { describe, expect, it } from 'vitest';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { checkForumVote } from './forum-vote.js';

const forum = TROMS_PLAN_2026_2029.versions[0]!.rules.forum;

describe('checkForumVote', () => {
  it('accepts a vote within the forum’s 15 seats', () => {
    expect(forum.totalSeats).toBe(15);
    expect(checkForumVote({ votesFor: 11, votesAgainst: 3, abstentions: 1 }, forum)).toEqual([]);
  });

  it('refuses more votes than seats: the office has no vote', () => {
    const problems = checkForumVote({ votesFor: 10, votesAgainst: 5, abstentions: 1 }, forum);
    expect(problems.map((p) => p.code)).toEqual(['FORUM_VOTES_EXCEED_SEATS']);
    expect(problems[0]!.message.nb).toContain('16 stemmer');
    expect(problems[0]!.message.en).toContain('15 seats');
  });

  it('wants every count, whole and not negative', () => {
    const problems = checkForumVote({ votesFor: 3, votesAgainst: null, abstentions: -1 }, forum);
    expect(problems.map((p) => [p.code, p.path[0]])).toEqual([
      ['FORUM_VOTE_MISSING', 'votesAgainst'],
      ['FORUM_VOTE_INVALID', 'abstentions'],
    ]);
    expect(checkForumVote({ votesFor: 1.5, votesAgainst: 0, abstentions: 0 }, forum)[0]?.code).toBe(
      'FORUM_VOTE_INVALID',
    );
  });
});
