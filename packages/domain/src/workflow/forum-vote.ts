import { problem, type ValidationProblem } from '../common/validation-problem.js';
import type { ForumComposition } from '../plan/plan.schema.js';

export type ForumVoteProblemCode =
  'FORUM_VOTE_MISSING' | 'FORUM_VOTE_INVALID' | 'FORUM_VOTES_EXCEED_SEATS';

export interface ForumVotes {
  votesFor?: number | null | undefined;
  votesAgainst?: number | null | undefined;
  abstentions?: number | null | undefined;
}

const FIELDS = ['votesFor', 'votesAgainst', 'abstentions'] as const;

/**
 * A forum vote as the plan allows it: every count given, whole and not negative, and no more
 * votes than the forum's seats. The office (Statsforvalteren) sits in the forum without a vote,
 * so its seat is never among the plan's seats.
 */
export function checkForumVote(
  votes: ForumVotes,
  forum: Pick<ForumComposition, 'totalSeats' | 'clause'>,
): ValidationProblem<ForumVoteProblemCode>[] {
  const problems: ValidationProblem<ForumVoteProblemCode>[] = [];
  for (const field of FIELDS) {
    const value = votes[field];
    if (value == null) {
      problems.push(
        problem(
          'FORUM_VOTE_MISSING',
          [field],
          'En avstemning trenger stemmer for, mot og avholdende.',
          'A vote needs the votes for, against and abstentions.',
        ),
      );
    } else if (!Number.isInteger(value) || value < 0) {
      problems.push(
        problem(
          'FORUM_VOTE_INVALID',
          [field],
          'Antall stemmer må være et helt tall, null eller mer.',
          'A vote count must be a whole number, zero or more.',
        ),
      );
    }
  }
  if (problems.length > 0) return problems;
  const cast = FIELDS.reduce((sum, field) => sum + (votes[field] ?? 0), 0);
  if (cast > forum.totalSeats) {
    problems.push(
      problem(
        'FORUM_VOTES_EXCEED_SEATS',
        ['votesFor'],
        `${cast} stemmer er flere enn forumets ${forum.totalSeats} plasser (Statsforvalteren har ikke stemmerett).`,
        `${cast} votes exceed the forum's ${forum.totalSeats} seats (the office has no vote).`,
      ),
    );
  }
  return problems;
}
