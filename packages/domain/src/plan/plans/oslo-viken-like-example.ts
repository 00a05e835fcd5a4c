import type { CountyPlan, ThemeItem } from '../plan.schema.js';

const T = (nb: string, en: string) => ({ nb, en });
const item = (id: string, nb: string, en: string): ThemeItem => ({ id, title: T(nb, en) });

/**
 * An invented plan shaped like what Oslo og Viken did under the old schemes: three sectors with
 * fixed shares (40/40/20), statements of up to 3 years with one lock cap, a 3-year limit per work,
 * a lead owner may submit for a network, an own contribution described (not a percentage), and
 * Sámi perspectives described where relevant rather than in every statement. EXAMPLE DATA, not a
 * real plan: it shares nothing with Troms or the Nordland-like example but the schema.
 */
export const OSLO_VIKEN_LIKE_EXAMPLE_PLAN: CountyPlan = {
  schemaVersion: 1,
  id: 'oslo-viken-like-example-2026-2029',
  county: { code: '03', name: 'Oslo og Viken (eksempel)' },
  title: T(
    'Eksempelplan formet etter Oslo og Vikens praksis (oppdiktet)',
    'Example plan shaped like Oslo og Viken’s practice (invented)',
  ),
  period: { fromYear: 2026, toYear: 2029 },
  example: true,
  clauses: [
    {
      id: 'ov.1',
      section: '1 Fordeling mellom sektorene',
      text: 'Barnehage og skole får hver om lag 40 % av midlene, laget rundt barnet om lag 20 %.',
      title: T('Fordeling mellom sektorene', 'Split between the sectors'),
    },
    {
      id: 'ov.2',
      section: '2 Varighet og binding',
      text: 'Tiltak kan vare i inntil tre år. Høyst 40 % av årets midler kan bindes til treårige tiltak. Et utviklingsarbeid kan få midler i inntil tre år. Senere år gis med forbehold om Stortingets bevilgning.',
      title: T('Varighet og binding', 'Duration and locks'),
    },
    {
      id: 'ov.3',
      section: '3 Prioriteringer',
      text: 'Temaene prioriteres i rekkefølge. Eiere som ikke har deltatt de to siste årene, prioriteres.',
      title: T('Prioriteringer', 'Priorities'),
    },
    {
      id: 'ov.4',
      section: '4 Partnerskap og nettverk',
      text: 'Én eier kan søke på vegne av et nettverk av eiere. Partnerskapet foreslår fordelingen mellom partene.',
      title: T('Partnerskap og nettverk', 'Partnership and networks'),
    },
    {
      id: 'ov.5',
      section: '5 Koordinator',
      text: 'Inntil 8 % av midlene kan gå til koordinering i nettverk med minst fire eiere eller minst ti enheter.',
      title: T('Koordinator', 'Coordinator'),
    },
    {
      id: 'ov.6',
      section: '6 Behovsmelding og egeninnsats',
      text: 'Behovsmeldingen beskriver behov, mål, tiltak, budsjett og eiers egeninnsats. Samiske perspektiver beskrives der det er relevant for tiltaket.',
      title: T('Behovsmelding og egeninnsats', 'Needs statement and own contribution'),
    },
    {
      id: 'ov.7',
      section: '7 Rapportering og årshjul',
      text: 'Partnerskapene rapporterer årlig om tiltak, bruk av midler og måloppnåelse, med regnskap for hver part.',
      title: T('Rapportering og årshjul', 'Reporting and calendar'),
    },
  ],
  versions: [
    {
      id: '2026.1',
      validFrom: '2026-01-01',
      rules: {
        sectors: ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'],
        sectorSplit: {
          kind: 'FIXED_SHARES',
          shares: [
            { sector: 'KINDERGARTEN', targetPercent: 40 },
            { sector: 'SCHOOL', targetPercent: 40 },
            { sector: 'TEAM_AROUND_CHILD', targetPercent: 20 },
          ],
          tolerancePercentagePoints: 5,
          clause: 'ov.1',
        },
        durations: { maxYears: 3, maxYearsPerWork: 3, clause: 'ov.2', workLimitClause: 'ov.2' },
        lockCaps: {
          caps: [{ durationYears: 3, maxPercent: 40 }],
          futureFrame: 'SAME_AS_CURRENT',
          clause: 'ov.2',
          appropriationClause: 'ov.2',
        },
        newcomers: { yearsAwayCountsAsLongWhile: 2, clause: 'ov.3' },
        themes: [
          {
            sector: 'KINDERGARTEN',
            clause: 'ov.3',
            themes: [
              {
                id: 'ov-kg-language',
                rank: 1,
                title: T('Språk og inkludering', 'Language and inclusion'),
                items: [
                  item(
                    'ov-kg-language.multilingual',
                    'Flerspråklige barn',
                    'Multilingual children',
                  ),
                  item('ov-kg-language.play', 'Språk i lek', 'Language in play'),
                ],
              },
              {
                id: 'ov-kg-leadership',
                rank: 2,
                title: T('Pedagogisk ledelse', 'Pedagogical leadership'),
                items: [],
              },
            ],
          },
          {
            sector: 'SCHOOL',
            clause: 'ov.3',
            themes: [
              {
                id: 'ov-school-literacy',
                rank: 1,
                title: T('Lesing og skriving', 'Reading and writing'),
                items: [
                  item('ov-school-literacy.early', 'Tidlig innsats', 'Early intervention'),
                  item(
                    'ov-school-literacy.subjects',
                    'Lesing i alle fag',
                    'Reading across subjects',
                  ),
                ],
              },
              {
                id: 'ov-school-environment',
                rank: 2,
                title: T('Inkluderende læringsmiljø', 'Inclusive learning environment'),
                items: [],
              },
              {
                id: 'ov-school-deep-learning',
                rank: 3,
                title: T('Dybdelæring', 'Deep learning'),
                items: [],
              },
            ],
          },
          {
            sector: 'TEAM_AROUND_CHILD',
            clause: 'ov.3',
            themes: [
              {
                id: 'ov-tac-early',
                rank: 1,
                title: T(
                  'Tidlig innsats på tvers av tjenester',
                  'Early intervention across services',
                ),
                items: [],
              },
              {
                id: 'ov-tac-special-needs',
                rank: 2,
                title: T('Spesialpedagogisk praksis', 'Special-needs practice'),
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
            defaultWeight: 0.25,
            clause: 'ov.3',
          },
          {
            id: 'unqualified-staff',
            label: T('Andel ufaglærte', 'Share of unqualified staff'),
            kind: 'STATISTIC',
            defaultWeight: 0.15,
            clause: 'ov.3',
          },
          {
            id: 'office-knowledge',
            label: T('Statsforvalterens kjennskap', 'The office’s own knowledge'),
            kind: 'OFFICE_KNOWLEDGE',
            defaultWeight: 0.1,
            clause: 'ov.3',
          },
        ],
        coordinator: {
          maxSharePercent: 8,
          maxShareIsAssumption: false,
          conditions: [
            {
              id: 'network',
              kind: 'HIGH_COMPLEXITY',
              label: T(
                'Nettverk med minst fire eiere eller ti enheter',
                'A network of at least four owners or ten units',
              ),
              minUnits: 10,
              minOwners: 4,
            },
          ],
          clause: 'ov.5',
        },
        institutionSplit: {
          kind: 'BY_PARTNERSHIP_BUDGET',
          warnWhenShareFalls: true,
          flagInstitutionInSeveralPartnerships: true,
          clause: 'ov.4',
          reducedGrantClause: 'ov.4',
        },
        ownShare: { kind: 'DESCRIBED', clause: 'ov.6' },
        partnership: {
          institutionKinds: ['UNIVERSITY', 'UNIVERSITY_COLLEGE', 'OTHER_COMPETENCE_ENVIRONMENT'],
          leadOwnerAllowed: true,
          clause: 'ov.4',
        },
        regionalNetworks: { enabled: false },
        teamAroundChild: {
          otherServices: [
            T('PPT', 'Educational-psychological service (PPT)'),
            T('Helsestasjon', 'Health centre'),
            T('Barnevern', 'Child welfare'),
          ],
          requiresKindergartenOrSchoolStaff: true,
          clause: 'ov.1',
        },
        needsStatement: {
          // Sámi perspectives are described where relevant (ov.6), so the part is not required.
          requiredParts: [
            'SECTOR',
            'THEME',
            'LOCAL_NEEDS',
            'LONG_TERM_GOALS',
            'SUB_GOALS',
            'MEASURES',
            'DURATION',
            'BUDGET',
            'OWN_CONTRIBUTION',
            'COLLECTIVE_LEARNING',
            'COORDINATOR',
          ],
          clause: 'ov.6',
          ownContributionClause: 'ov.6',
          samiPerspectivesClause: 'ov.6',
        },
        reporting: {
          requiredParts: ['MEASURES_CARRIED_OUT', 'USE_OF_FUNDS', 'GOAL_ACHIEVEMENT', 'ACCOUNTS'],
          accountsPerParty: true,
          clause: 'ov.7',
        },
        calendar: {
          milestones: [
            {
              id: 'template-ready',
              label: T('Mal for behovsmelding klar', 'Needs statement template ready'),
              start: { month: 11, day: 1, yearOffset: -1 },
            },
            {
              id: 'submission-deadline',
              label: T('Frist for behovsmeldinger', 'Deadline for needs statements'),
              start: { month: 1, day: 15, yearOffset: 0 },
            },
            {
              id: 'forum-discussion',
              label: T('Samarbeidsforum drøfter forslaget', 'The forum discusses the proposal'),
              start: { month: 3, day: 1, yearOffset: 0 },
              end: { month: 3, day: 15, yearOffset: 0 },
            },
            {
              id: 'decision-deadline',
              label: T('Frist for vedtak', 'Decision deadline'),
              start: { month: 4, day: 1, yearOffset: 0 },
            },
            {
              id: 'report-deadline',
              label: T('Frist for rapport for fjoråret', 'Deadline for last year’s reports'),
              start: { month: 3, day: 1, yearOffset: 0 },
            },
          ],
          clause: 'ov.7',
        },
        forum: {
          totalSeats: 11,
          seats: [
            { role: 'OWNER', label: T('Eiere', 'Owners'), count: 4 },
            { role: 'UNIVERSITY', label: T('Universitet og høgskole', 'Universities'), count: 3 },
            { role: 'UNION', label: T('Arbeidstakerorganisasjoner', 'Unions'), count: 2 },
            { role: 'KS', label: T('KS', 'KS'), count: 1 },
            { role: 'PPT', label: T('PPT', 'PPT'), count: 1 },
          ],
          clause: 'ov.4',
        },
        equalTreatment: { reportFundingRatesByOwnership: true, clause: 'ov.3' },
        assumptions: [],
      },
    },
  ],
};
