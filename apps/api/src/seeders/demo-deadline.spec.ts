import {
  calendarForRound,
  planVersionInForce,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import { RoundStatus } from '../modules/round/round-status.js';
import { demoDeadlineExtension, DEMO_EXTENSION_DAYS } from './demo-county.js';

const calendar = calendarForRound(
  planVersionInForce(TROMS_PLAN_2026_2029, '2027-01-01').rules,
  2027,
);

describe('the demo’s open round after its calendar deadline (no test time bomb)', () => {
  it('keeps the calendar’s 1 February while that day is ahead, or is the deadline day itself', () => {
    expect(
      demoDeadlineExtension(calendar, RoundStatus.OPEN, new Date('2026-12-03T12:00:00Z')),
    ).toBeNull();
    expect(
      demoDeadlineExtension(calendar, RoundStatus.OPEN, new Date('2027-02-01T22:00:00Z')),
    ).toBeNull();
  });

  it('extends an open round whose deadline has passed to a day ahead of now, in Norway’s time', () => {
    // 00:30 in Oslo on 2 February 2027 is past the deadline day.
    expect(
      demoDeadlineExtension(calendar, RoundStatus.OPEN, new Date('2027-02-01T23:30:00Z')),
    ).toBe('2027-04-03');
    const later = new Date('2031-07-15T08:00:00Z');
    const extended = demoDeadlineExtension(calendar, RoundStatus.OPEN, later)!;
    expect(extended > '2031-07-15').toBe(true);
    expect(Date.parse(extended) - Date.parse('2031-07-15')).toBe(DEMO_EXTENSION_DAYS * 86_400_000);
  });

  it('leaves rounds that do not take statements alone', () => {
    const now = new Date('2028-01-01T12:00:00Z');
    for (const status of [RoundStatus.DRAFT, RoundStatus.CLOSED, RoundStatus.REPORTING]) {
      expect(demoDeadlineExtension(calendar, status, now)).toBeNull();
    }
  });
});
