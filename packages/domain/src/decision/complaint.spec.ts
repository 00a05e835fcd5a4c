import { describe, expect, it } from 'vitest';
import {
  checkChangedGrant,
  checkComplaintRegistration,
  checkComplaintRejection,
  checkComplaintSettlement,
  complaintCaseSummary,
  complaintDeadline,
  nextWorkingDay,
  norwegianPublicHolidays,
} from './complaint.js';

describe('complaintDeadline (fvl. §§ 29–30, domstolloven § 149)', () => {
  it('gives three weeks from a digital notice, and a complaint on the last day is in time', () => {
    // 2026-04-15 is a Wednesday: three weeks later is Wednesday 6 May.
    const d = complaintDeadline({
      notifiedOn: '2026-04-15',
      channel: 'DIGITAL',
      receivedOn: '2026-05-06',
    });
    expect(d).toMatchObject({ reachedOn: '2026-04-15', deadline: '2026-05-06', timely: true });
    expect(d.assumptions).toEqual([]);
    expect(d.clauses).toEqual(['fvl. § 29', 'fvl. § 30', 'domstolloven § 149']);
    expect(d.explanation.nb).toContain('6. mai 2026');
  });

  it('counts a day late, and cites § 31 for a late complaint', () => {
    const d = complaintDeadline({
      notifiedOn: '2026-04-15',
      channel: 'DIGITAL',
      receivedOn: '2026-05-07',
    });
    expect(d).toMatchObject({ timely: false, daysLate: 1 });
    expect(d.clauses).toContain('fvl. § 31');
    expect(d.explanation.nb).toContain('1 dag for sent');
  });

  it('adds the assumed postal days to a letter by post and flags the assumption', () => {
    const d = complaintDeadline({
      notifiedOn: '2026-04-15',
      channel: 'POST',
      receivedOn: '2026-05-11',
    });
    // Reached 18 April; + 21 days = Saturday 9 May → Monday 11 May.
    expect(d).toMatchObject({ reachedOn: '2026-04-18', deadline: '2026-05-11', timely: true });
    expect(d.assumptions).toEqual([expect.objectContaining({ key: 'POSTAL_DAYS', value: 3 })]);
    expect(d.assumptions[0]!.text.nb).toMatch(/^Antakelse/);
    expect(
      complaintDeadline({
        notifiedOn: '2026-04-15',
        channel: 'POST',
        receivedOn: '2026-05-11',
        postalDays: 0,
      }).timely,
    ).toBe(false);
  });

  it('judges a posted complaint by its postmark (§ 30), not the day it arrived', () => {
    const d = complaintDeadline({
      notifiedOn: '2026-04-15',
      channel: 'DIGITAL',
      postedOn: '2026-05-06',
      receivedOn: '2026-05-09',
    });
    expect(d).toMatchObject({ basis: 'POSTED', timely: true, daysLate: 0 });
  });

  it('moves a deadline off Easter and Whitsun to the next working day', () => {
    expect(norwegianPublicHolidays(2026)).toContain('2026-04-03'); // langfredag
    expect(norwegianPublicHolidays(2026)).toContain('2026-05-25'); // 2. pinsedag
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07'); // skjærtorsdag → tirsdag etter påske
    expect(nextWorkingDay('2026-05-16')).toBe('2026-05-18'); // lørdag, 17. mai søndag
    expect(nextWorkingDay('2026-05-04')).toBe('2026-05-04');
  });
});

describe('checkComplaintRegistration', () => {
  const ok = {
    receivedOn: '2026-05-01',
    grounds: 'Vi mener tilskuddet er for lavt.',
    complainant: 'Tromsø kommune',
  };

  it('accepts a complete registration', () => {
    expect(checkComplaintRegistration(ok, '2026-04-15', '2026-12-03')).toEqual([]);
  });

  it('refuses impossible and out-of-order dates and missing texts, with paths', () => {
    const problems = checkComplaintRegistration(
      { receivedOn: '2026-02-30', postedOn: '2026-04-01', grounds: ' ', complainant: '' },
      '2026-04-15',
      '2026-12-03',
    );
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['COMPLAINT_DATE_INVALID', 'receivedOn'],
      ['COMPLAINT_BEFORE_NOTICE', 'postedOn'],
      ['COMPLAINT_TEXT_MISSING', 'grounds'],
      ['COMPLAINT_TEXT_MISSING', 'complainant'],
    ]);
    expect(
      checkComplaintRegistration(
        { ...ok, receivedOn: '2027-01-01' },
        '2026-04-15',
        '2026-12-03',
      )[0]!.code,
    ).toBe('COMPLAINT_IN_FUTURE');
    expect(
      checkComplaintRegistration({ ...ok, postedOn: '2026-05-02' }, '2026-04-15', '2026-12-03')[0]!
        .path,
    ).toEqual(['postedOn']);
  });
});

describe('checkComplaintRejection', () => {
  it('rejects a received complaint with the office’s reasons, a late one without a § 31 reason', () => {
    expect(
      checkComplaintRejection({ status: 'RECEIVED' }, { reasons: 'Klagen kom for sent.' }),
    ).toEqual([]);
    expect(
      checkComplaintRejection({ status: 'RECEIVED' }, { reasons: ' ' }).map((p) => p.path),
    ).toEqual([['reasons']]);
    expect(
      checkComplaintRejection({ status: 'CHANGED' }, { reasons: 'Klagen kom for sent.' })[0]!.code,
    ).toBe('COMPLAINT_ALREADY_SETTLED');
  });
});

describe('checkComplaintSettlement', () => {
  it('settles a received complaint once, and a late one only with a reason under § 31', () => {
    expect(
      checkComplaintSettlement(
        { status: 'RECEIVED', timely: true },
        { reasons: 'Vedtaket står seg.' },
      ),
    ).toEqual([]);
    expect(
      checkComplaintSettlement(
        { status: 'FORWARDED', timely: true },
        { reasons: 'Vedtaket står seg.' },
      )[0]!.code,
    ).toBe('COMPLAINT_ALREADY_SETTLED');
    expect(
      checkComplaintSettlement(
        { status: 'RECEIVED', timely: false },
        { reasons: 'Vedtaket står seg.' },
      ).map((p) => p.code),
    ).toEqual(['COMPLAINT_LATE_REASON_MISSING']);
    expect(
      checkComplaintSettlement(
        { status: 'RECEIVED', timely: false },
        { reasons: 'Vedtaket står seg.', lateReason: 'Brevet kom fram sent.' },
      ),
    ).toEqual([]);
  });
});

describe('checkChangedGrant', () => {
  const before = [
    { year: 2026, owner: 300_000, institution: 200_000, coordinator: 0 },
    { year: 2027, owner: 300_000, institution: 200_000, coordinator: 0 },
  ];
  it('accepts a changed amount on the same years', () => {
    expect(checkChangedGrant([{ ...before[0]!, owner: 350_000 }, before[1]!], before)).toEqual([]);
  });
  it('refuses other years, fractions, negative amounts, coordinator above the owner and no change', () => {
    expect(checkChangedGrant([before[0]!], before)[0]!.code).toBe('NEW_GRANT_YEARS_MISMATCH');
    const bad = checkChangedGrant(
      [
        { ...before[0]!, owner: 1.5, institution: -1 },
        { ...before[1]!, coordinator: 400_000 },
      ],
      before,
    );
    expect(bad.map((p) => p.path.join('.'))).toEqual([
      'grantedPerYear.0.owner',
      'grantedPerYear.0.institution',
      'grantedPerYear.1.coordinator',
    ]);
    expect(checkChangedGrant(before, before)[0]!.code).toBe('NEW_GRANT_UNCHANGED');
  });
});

describe('complaintCaseSummary', () => {
  it('puts the decision, the grounds, the deadline and the office’s reasons into the case file', () => {
    const text = complaintCaseSummary({
      partnership: 'Nord-Troms partnerskap',
      roundYear: 2026,
      decidedOn: '2026-04-15',
      grantedPerYear: [{ year: 2026, owner: 300_000, institution: 200_000, coordinator: 0 }],
      requestedThisYear: 700_000,
      justification: 'Tema 1 i barnehagesektoren.',
      complaint: {
        complainant: 'Tromsø kommune',
        receivedOn: '2026-05-01',
        grounds: 'For lavt tilskudd.',
        deadline: complaintDeadline({
          notifiedOn: '2026-04-15',
          channel: 'POST',
          receivedOn: '2026-05-01',
        }),
      },
      reasons: 'Rammen er brukt opp; prioriteringen følger planen.',
      office: 'Statsforvalteren i Troms',
    });
    expect(text).toContain('fvl. § 33');
    expect(text).toContain('500 000 kr');
    expect(text).toContain('For lavt tilskudd.');
    expect(text).toContain('Antakelse: et brev sendt med post');
    expect(text).toContain('Rammen er brukt opp');
  });
});
