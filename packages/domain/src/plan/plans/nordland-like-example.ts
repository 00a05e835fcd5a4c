import type { CountyPlan } from '../plan.schema.js';

const T = (nb: string, en: string) => ({ nb, en });

/**
 * An invented plan, shaped like Nordland's draft, that shares nothing with Troms but the schema:
 * two sectors split pro rata by staff-years, statements of at most 2 years, no lock caps, a 3-year
 * limit per work, an own share of 30 % of the grant, and lead owners. EXAMPLE DATA, not a real plan.
 */
export const NORDLAND_LIKE_EXAMPLE_PLAN: CountyPlan = {
  schemaVersion: 1,
  id: 'nordland-like-example-2026-2029',
  county: { code: '18', name: 'Nordland (eksempel)' },
  title: T(
    'Eksempelplan formet etter Nordlands utkast (oppdiktet)',
    'Example plan shaped like Nordland’s draft (invented)',
  ),
  period: { fromYear: 2026, toYear: 2029 },
  example: true,
  clauses: [
    {
      id: 'n.1',
      section: '1 Fordeling',
      text: 'Midlene fordeles veiledende forholdsmessig etter årsverk i barnehage og skole.',
      title: T('Forholdsmessig fordeling', 'Pro rata split'),
    },
    {
      id: 'n.2',
      section: '2 Varighet',
      text: 'Tiltak kan vare inntil to år. Et utviklingsarbeid kan få midler i inntil tre år.',
      title: T('Varighet', 'Duration'),
    },
    {
      id: 'n.3',
      section: '3 Egenandel',
      text: 'Eier dekker en egenandel på 30 % av tilskuddet.',
      title: T('Egenandel', 'Own share'),
    },
    {
      id: 'n.4',
      section: '4 Prioriteringer',
      text: 'Temaene er i prioritert rekkefølge. Nye eiere prioriteres.',
      title: T('Prioriteringer', 'Priorities'),
    },
    {
      id: 'n.5',
      section: '5 Koordinator og partnerskap',
      text: 'Inntil 5 % av midlene kan gå til koordinator i nettverk med minst tre eiere. Én eier kan søke på vegne av et nettverk.',
      title: T('Koordinator og partnerskap', 'Coordinator and partnership'),
    },
    {
      id: 'n.6',
      section: '6 Behovsmelding, rapport og årshjul',
      text: 'Behovsmeldingen beskriver behov, mål, tiltak og budsjett. Det rapporteres årlig.',
      title: T('Behovsmelding og rapport', 'Needs statement and report'),
    },
  ],
  versions: [
    {
      id: '2026.1',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      rules: {
        sectors: ['KINDERGARTEN', 'SCHOOL'],
        sectorSplit: {
          kind: 'PRO_RATA',
          basis: { id: 'STAFF_YEARS', label: T('årsverk', 'staff-years') },
          sectors: ['KINDERGARTEN', 'SCHOOL'],
          tolerancePercentagePoints: 10,
          clause: 'n.1',
        },
        durations: { maxYears: 2, maxYearsPerWork: 3, clause: 'n.2', workLimitClause: 'n.2' },
        lockCaps: {
          caps: [],
          futureFrame: 'SAME_AS_CURRENT',
          clause: 'n.2',
          appropriationClause: 'n.2',
        },
        newcomers: { yearsAwayCountsAsLongWhile: 2, clause: 'n.4' },
        themes: [
          {
            sector: 'KINDERGARTEN',
            clause: 'n.4',
            themes: [
              {
                id: 'n-kg-play',
                rank: 1,
                title: T('Lek og læring', 'Play and learning'),
                items: [],
              },
              {
                id: 'n-kg-inclusion',
                rank: 2,
                title: T('Inkluderende fellesskap', 'Inclusive communities'),
                items: [{ id: 'n-kg-inclusion.language', title: T('Språk', 'Language') }],
              },
            ],
          },
          {
            sector: 'SCHOOL',
            clause: 'n.4',
            themes: [
              { id: 'n-school-reading', rank: 1, title: T('Lesing', 'Reading'), items: [] },
              { id: 'n-school-maths', rank: 2, title: T('Regning', 'Numeracy'), items: [] },
              {
                id: 'n-school-digital',
                rank: 3,
                title: T('Digital praksis', 'Digital practice'),
                items: [],
              },
            ],
          },
        ],
        indicators: [
          {
            id: 'newcomer',
            label: T('Nye eiere', 'New owners'),
            kind: 'NEWCOMER',
            defaultWeight: 0.3,
            clause: 'n.4',
          },
          {
            id: 'unqualified-staff',
            label: T('Andel ufaglærte', 'Share of unqualified staff'),
            kind: 'STATISTIC',
            defaultWeight: 0.2,
            clause: 'n.4',
          },
        ],
        coordinator: {
          maxSharePercent: 5,
          maxShareIsAssumption: false,
          conditions: [
            {
              id: 'network',
              kind: 'HIGH_COMPLEXITY',
              label: T('Nettverk med minst tre eiere', 'A network of at least three owners'),
              minOwners: 3,
            },
          ],
          clause: 'n.5',
        },
        institutionSplit: {
          kind: 'BY_PARTNERSHIP_BUDGET',
          warnWhenShareFalls: false,
          minInstitutionSharePercent: 25,
          flagInstitutionInSeveralPartnerships: false,
          clause: 'n.5',
          reducedGrantClause: 'n.5',
        },
        ownShare: { kind: 'PERCENT_OF_GRANT', percent: 30, clause: 'n.3' },
        partnership: {
          institutionKinds: ['UNIVERSITY', 'UNIVERSITY_COLLEGE'],
          leadOwnerAllowed: true,
          clause: 'n.5',
        },
        regionalNetworks: { enabled: false },
        teamAroundChild: {
          otherServices: [],
          requiresKindergartenOrSchoolStaff: false,
          clause: 'n.6',
        },
        needsStatement: {
          requiredParts: [
            'SECTOR',
            'THEME',
            'LOCAL_NEEDS',
            'LONG_TERM_GOALS',
            'MEASURES',
            'DURATION',
            'BUDGET',
            'OWN_CONTRIBUTION',
            'SAMI_PERSPECTIVES',
          ],
          clause: 'n.6',
          ownContributionClause: 'n.3',
          samiPerspectivesClause: 'n.6',
        },
        reporting: {
          requiredParts: ['MEASURES_CARRIED_OUT', 'USE_OF_FUNDS', 'ACCOUNTS'],
          accountsPerParty: true,
          clause: 'n.6',
        },
        calendar: {
          milestones: [
            {
              id: 'submission-deadline',
              label: T('Søknadsfrist', 'Deadline'),
              start: { month: 3, day: 1, yearOffset: 0 },
            },
            {
              id: 'decision',
              label: T('Vedtak', 'Decision'),
              start: { month: 5, day: 1, yearOffset: 0 },
            },
          ],
          clause: 'n.6',
        },
        forum: {
          totalSeats: 9,
          seats: [
            { role: 'OWNER', label: T('Eiere', 'Owners'), count: 4 },
            { role: 'UNIVERSITY', label: T('UH', 'Universities'), count: 2 },
            { role: 'UNION', label: T('Arbeidstakere', 'Unions'), count: 2 },
            { role: 'KS', label: T('KS', 'KS'), count: 1 },
          ],
          clause: 'n.6',
        },
        equalTreatment: { reportFundingRatesByOwnership: true, clause: 'n.4' },
        assumptions: [],
      },
    },
  ],
};
