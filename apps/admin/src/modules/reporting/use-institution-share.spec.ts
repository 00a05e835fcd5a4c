import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { useInstitutionShare } from './use-institution-share.js';

const year = (y: number, granted: number, reported: number | null, warnings: string[] = []) => ({
  year: y,
  grants: 10,
  grantedTotal: 1_000_000,
  grantedInstitution: granted * 10_000,
  grantedInstitutionPercent: granted,
  reports: reported === null ? 0 : 8,
  reportedGranted: 800_000,
  reportedSpentTotal: 700_000,
  reportedSpentInstitution: 300_000,
  reportedInstitutionPercent: reported,
  falling: warnings.length > 0,
  belowFloor: false,
  warnings: warnings.map((nb) => ({ nb })),
});

describe('useInstitutionShare', () => {
  it('gives the API years as rows and as a percent chart, with the years it warns about', async () => {
    const { client } = mockClient({
      InstitutionShareByYear: () => ({
        data: {
          institutionShareByYear: [
            year(2024, 41.5, 40.25),
            year(2025, 38, 37.1, ['Andelen falt.']),
            year(2026, 39, null),
          ],
        },
      }),
    });
    const { result } = withSetup(
      () => useInstitutionShare({ granted: 'Tildelt', reported: 'Brukt' }),
      client,
    );
    await flushPromises();
    expect(result.rows.value.map((r) => r.year)).toEqual([2024, 2025, 2026]);
    expect(result.chart.value).toEqual({
      unit: 'percent',
      categories: ['2024', '2025', '2026'],
      series: [
        { name: 'Tildelt', values: [41.5, 38, 39] },
        { name: 'Brukt', values: [40.25, 37.1, null] },
      ],
    });
    expect(result.warningYears.value).toEqual([2025]);
  });
});
