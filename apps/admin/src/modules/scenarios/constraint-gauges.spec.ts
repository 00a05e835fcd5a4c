import { describe, expect, it } from 'vitest';
import type { ConstraintGaugeFieldsFragment } from '../../gql/graphql.js';
import { constraintGauges } from './constraint-gauges.js';

const gauge = (
  overrides: Partial<ConstraintGaugeFieldsFragment>,
): ConstraintGaugeFieldsFragment => ({
  id: 'SECTOR:SCHOOL',
  kind: 'SECTOR_BAND',
  label: { nb: 'Skole' },
  amount: 4_200_000,
  percent: 42,
  lower: 3_000_000,
  upper: 4_000_000,
  limitPercent: 35,
  broken: true,
  warning: false,
  informational: false,
  overridden: false,
  overrideReasons: [],
  explanation: { nb: 'Skole: 4 200 000 kr, over øvre grense.' },
  notes: [{ nb: 'Over båndet.' }],
  assumptions: [],
  clause: '3.1',
  clauseTitle: { nb: 'Fordeling mellom sektorene' },
  ...overrides,
});

describe('constraintGauges', () => {
  it('draws a band in kroner with the API’s verdict, words and clause', () => {
    const [sector] = constraintGauges([gauge({})]);
    expect(sector).toEqual({
      id: 'SECTOR:SCHOOL',
      kind: 'SECTOR_BAND',
      label: 'Skole',
      value: 4_200_000,
      lower: 3_000_000,
      upper: 4_000_000,
      scaleMax: 5_000_000,
      broken: true,
      warning: false,
      informational: false,
      assumptions: [],
      overridden: false,
      overrideReasons: [],
      text: 'Skole: 4 200 000 kr, over øvre grense.',
      note: 'Over båndet.',
      clause: 'Fordeling mellom sektorene',
    });
    expect(constraintGauges([gauge({ clauseTitle: null })])[0]!.clause).toBe('3.1');
  });

  it('draws a cap from zero and a rate or share on a scale of 100 percent', () => {
    const [lock, rate] = constraintGauges([
      gauge({
        id: 'LOCK:3:2027',
        kind: 'LOCK_CAP',
        lower: null,
        upper: 3_000_000,
        amount: 1_000_000,
        broken: false,
        notes: [],
      }),
      gauge({
        id: 'FUNDING:PUBLIC',
        kind: 'FUNDING_RATE',
        lower: null,
        upper: null,
        amount: 900,
        percent: 64.5,
        broken: false,
        clause: null,
        clauseTitle: null,
      }),
    ]);
    expect(lock).toMatchObject({
      value: 1_000_000,
      lower: null,
      upper: 3_000_000,
      scaleMax: 3_750_000,
      note: null,
    });
    expect(rate).toMatchObject({
      value: 64.5,
      lower: null,
      upper: null,
      scaleMax: 100,
      clause: null,
    });
  });

  it('keeps a broken gauge broken whatever the geometry says', () => {
    const [cap] = constraintGauges([
      gauge({ kind: 'COORDINATOR_CAP', lower: null, upper: 100, amount: 50, broken: true }),
    ]);
    expect(cap?.broken).toBe(true);
  });

  it('carries an adviser’s override of a broken limit, with its reasons', () => {
    const [lock] = constraintGauges([
      gauge({
        id: 'LOCK:2:2027',
        kind: 'LOCK_CAP',
        overridden: true,
        overrideReasons: ['Forumet'],
      }),
    ]);
    expect(lock).toMatchObject({ broken: true, overridden: true, overrideReasons: ['Forumet'] });
  });
});
