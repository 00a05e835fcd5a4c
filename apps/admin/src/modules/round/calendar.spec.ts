import { describe, expect, it } from 'vitest';
import { calendarPosition, daysBetween, osloToday } from './calendar.js';

const m = (id: string, start: string, end: string) => ({ id, start, end, label: { nb: id } });
const calendar = [
  m('submission', '2026-02-01', '2026-02-01'),
  m('template', '2025-12-01', '2025-12-01'),
  m('forum', '2026-03-05', '2026-03-20'),
  m('decision', '2026-04-15', '2026-04-15'),
];

describe('calendarPosition', () => {
  it('orders the milestones and marks past, current and upcoming', () => {
    const position = calendarPosition(calendar, '2026-03-10');
    expect(position.milestones.map((x) => [x.id, x.state])).toEqual([
      ['template', 'past'],
      ['submission', 'past'],
      ['forum', 'current'],
      ['decision', 'upcoming'],
    ]);
    expect(position.current.map((x) => x.id)).toEqual(['forum']);
  });

  it('names the next deadline and the days left', () => {
    const position = calendarPosition(calendar, '2026-03-10');
    expect(position.nextDeadline?.id).toBe('forum');
    expect(position.daysToNextDeadline).toBe(10);
    expect(calendarPosition(calendar, '2026-04-15').nextDeadline?.id).toBe('decision');
    expect(calendarPosition(calendar, '2026-04-16').nextDeadline).toBeNull();
  });
});

describe('calendarPosition of a decided round', () => {
  it('counts the steps its phase completed as done and names the real next step', () => {
    // Decided early (in December): the dates alone would say the submission deadline is next.
    const done = new Set(['template', 'submission', 'forum', 'decision']);
    const decided = [
      ...calendar.map((x) => ({ ...x, doneByPhase: done.has(x.id) })),
      { ...m('evaluation', '2026-06-01', '2026-06-15'), doneByPhase: false },
    ];
    const position = calendarPosition(decided, '2025-12-15');
    expect(position.milestones.map((x) => [x.id, x.state])).toEqual([
      ['template', 'past'],
      ['submission', 'past'],
      ['forum', 'past'],
      ['decision', 'past'],
      ['evaluation', 'upcoming'],
    ]);
    expect(position.nextDeadline?.id).toBe('evaluation');
  });
});

describe('dates', () => {
  it('counts days and finds today in Norwegian time', () => {
    expect(daysBetween('2026-03-10', '2026-03-20')).toBe(10);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // over the switch to summer time
    expect(osloToday(new Date('2026-04-14T22:30:00Z'))).toBe('2026-04-15');
  });
});
