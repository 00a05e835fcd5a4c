import type { CountyPlan, PlanRules } from '../plan.schema.js';
import { TROMS_THEMES } from './troms-themes.js';

const T = (nb: string, en: string) => ({ nb, en });

const rules: PlanRules = {
  sectors: ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'],
  sectorSplit: {
    kind: 'FIXED_SHARES',
    shares: [
      { sector: 'SCHOOL', targetPercent: 35 },
      { sector: 'KINDERGARTEN', targetPercent: 35 },
      { sector: 'TEAM_AROUND_CHILD', targetPercent: 30 },
    ],
    // The plan says "tilnærmet" (approximately) and gives no tolerance: ±5 points is our assumption.
    tolerancePercentagePoints: 5,
    clause: 'troms.sector-shares',
  },
  frame: { requestCeiling: { kind: 'ROUND_FRAME' }, clause: 'troms.frame' },
  durations: {
    maxYears: 3,
    maxYearsPerWork: 4,
    clause: 'troms.locks',
    workLimitClause: 'troms.work-limit',
  },
  lockCaps: {
    caps: [
      { durationYears: 3, maxPercent: 30 },
      { durationYears: 2, maxPercent: 20 },
    ],
    oneYearTargetPercent: 50,
    futureFrame: 'SAME_AS_CURRENT',
    clause: 'troms.locks',
    appropriationClause: 'troms.appropriation',
  },
  // "ikke deltatt på en lang stund": the plan gives no figure; 3 years is our assumption.
  newcomers: { yearsAwayCountsAsLongWhile: 3, clause: 'troms.newcomers' },
  themes: TROMS_THEMES,
  indicators: [
    {
      id: 'ito-pupils',
      label: T('Mange elever med ITO', 'Many pupils with individually adapted education (ITO)'),
      kind: 'STATISTIC',
      sectors: ['SCHOOL', 'TEAM_AROUND_CHILD'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'special-needs-kindergarten',
      label: T('Spesialpedagogisk hjelp i barnehage', 'Special-needs help in kindergarten'),
      kind: 'STATISTIC',
      sectors: ['KINDERGARTEN', 'TEAM_AROUND_CHILD'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'disability-adaptation',
      label: T(
        'Tilrettelegging for barn med nedsatt funksjonsevne',
        'Adaptation for children with disabilities',
      ),
      kind: 'STATISTIC',
      sectors: ['KINDERGARTEN', 'TEAM_AROUND_CHILD'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'unqualified-school-staff',
      label: T('Mange ufaglærte i skolen', 'Many unqualified staff in school'),
      kind: 'STATISTIC',
      sectors: ['SCHOOL'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'kindergarten-dispensations',
      label: T(
        'Mange dispensasjoner fra utdanningskravet i barnehage',
        'Many dispensations from the education requirement in kindergarten',
      ),
      kind: 'STATISTIC',
      sectors: ['KINDERGARTEN'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'staff-turnover',
      label: T(
        'Utskiftinger/ustabilitet i leder-/personalgrupper',
        'Turnover/instability in leadership or staff',
      ),
      kind: 'STATISTIC',
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'enforcement-cases',
      label: T(
        'Antall meldte saker i håndhevingsordningen',
        'Cases reported to the enforcement scheme',
      ),
      kind: 'STATISTIC',
      sectors: ['SCHOOL', 'TEAM_AROUND_CHILD'],
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'office-knowledge',
      label: T('Kunnskap statsforvalteren har om sektor', "The office's knowledge of the sector"),
      kind: 'OFFICE_KNOWLEDGE',
      defaultWeight: 0.1,
      clause: 'troms.other-priorities',
    },
    {
      id: 'newcomer',
      label: T(
        'Eiere som ikke har deltatt tidligere eller på lenge',
        'Owners new to the scheme or away for a long while',
      ),
      kind: 'NEWCOMER',
      defaultWeight: 0.5,
      clause: 'troms.newcomers',
    },
    {
      id: 'distance-to-institution',
      label: T('Lang avstand til kompetansemiljø', 'Far from a university or college'),
      kind: 'DISTANCE',
      defaultWeight: 0.1,
      clause: 'troms.distance',
    },
  ],
  coordinator: {
    maxSharePercent: 10,
    maxShareIsAssumption: true,
    conditions: [
      {
        id: 'high-complexity',
        kind: 'HIGH_COMPLEXITY',
        label: T(
          'Høy kompleksitet (antall barnehager/skoler, antall eiere, andre forhold)',
          'High complexity (number of kindergartens/schools, number of owners, other factors)',
        ),
        // Thresholds are our assumption; the plan leaves complexity to the office's judgement.
        minUnits: 5,
        minOwners: 2,
      },
      {
        id: 'vulnerable-area',
        kind: 'VULNERABLE_AREA',
        label: T(
          'Bidrar til kompetanse og stabilitet i sårbare områder',
          'Strengthens competence and stability in vulnerable areas',
        ),
      },
    ],
    clause: 'troms.coordinator',
  },
  institutionSplit: {
    kind: 'BY_PARTNERSHIP_BUDGET',
    warnWhenShareFalls: true,
    flagInstitutionInSeveralPartnerships: true,
    clause: 'troms.owner-institution-split',
    reducedGrantClause: 'troms.reduced-grant',
  },
  ownShare: { kind: 'DESCRIBED', clause: 'troms.own-contribution' },
  partnership: {
    institutionKinds: [
      'UNIVERSITY',
      'UNIVERSITY_COLLEGE',
      'VOCATIONAL_COLLEGE',
      'OTHER_COMPETENCE_ENVIRONMENT',
    ],
    leadOwnerAllowed: false,
    clause: 'troms.partnership',
  },
  regionalNetworks: { enabled: false },
  teamAroundChild: {
    otherServices: [
      T('PPT', 'Educational-psychological service (PPT)'),
      T('Helsestasjon', 'Health centre'),
      T('Skolehelsetjenesten', 'School health service'),
      T('Barnevern', 'Child welfare'),
      T('Barne- og ungdomspsykiatrisk tjeneste', 'Child and adolescent psychiatry (BUP)'),
    ],
    requiresKindergartenOrSchoolStaff: true,
    clause: 'troms.team-around-child',
  },
  needsStatement: {
    requiredParts: [
      // Not THEME or THEME_ITEMS: "det er de lokale behov for kompetanse som skal være avgjørende
      // for valg av kompetansetiltak"; the themes are priorities, not a gate (troms.local-needs).
      'SECTOR',
      'LOCAL_NEEDS',
      'LONG_TERM_GOALS',
      'SUB_GOALS',
      'MEASURES',
      'DURATION',
      'BUDGET',
      'OWN_CONTRIBUTION',
      'SAMI_PERSPECTIVES',
      'COLLECTIVE_LEARNING',
      'TEACHER_EDUCATION_FEEDBACK',
      'COORDINATOR',
      'CONTINUATION',
    ],
    clause: 'troms.goals',
    ownContributionClause: 'troms.own-contribution',
    samiPerspectivesClause: 'troms.sami-perspectives',
    localNeedsClause: 'troms.local-needs',
  },
  reporting: {
    requiredParts: [
      'MEASURES_CARRIED_OUT',
      'USE_OF_FUNDS',
      'GOAL_ACHIEVEMENT',
      'COORDINATOR_USE',
      'ACCOUNTS',
    ],
    accountsPerParty: true,
    clause: 'troms.reporting',
  },
  calendar: {
    milestones: [
      {
        id: 'forum-meeting',
        label: T('Møte i samarbeidsforum', 'Forum meeting'),
        start: { month: 9, day: 1, yearOffset: -1 },
        end: { month: 9, day: 30, yearOffset: -1 },
        doneFrom: 'OPEN',
      },
      {
        id: 'information-meetings',
        label: T('Informasjonsmøte til sektor', 'Information meetings for the sector'),
        start: { month: 10, day: 15, yearOffset: -1 },
        end: { month: 11, day: 15, yearOffset: -1 },
        doneFrom: 'CLOSED',
      },
      {
        id: 'template-ready',
        label: T('Behovsmeldingsmal klar for utfylling', 'Needs statement template ready'),
        start: { month: 12, day: 1, yearOffset: -1 },
        doneFrom: 'OPEN',
      },
      {
        id: 'submission-deadline',
        label: T('Frist for innsending av behovsmelding', 'Deadline for needs statements'),
        start: { month: 2, day: 1, yearOffset: 0 },
        doneFrom: 'CLOSED',
      },
      {
        id: 'forum-discussion',
        label: T(
          'Drøfting av forslag til fordeling i samarbeidsforum',
          'Forum discusses the proposed allocation',
        ),
        start: { month: 3, day: 5, yearOffset: 0 },
        end: { month: 3, day: 20, yearOffset: 0 },
        doneFrom: 'DECIDED',
      },
      {
        id: 'decision-deadline',
        label: T('Frist for å gjøre vedtak', 'Decision deadline'),
        start: { month: 4, day: 15, yearOffset: 0 },
        doneFrom: 'DECIDED',
      },
      {
        id: 'evaluation',
        label: T(
          'Evaluering av tildelingsprosessen og langsiktig plan',
          'Evaluation of the allocation process and the plan',
        ),
        start: { month: 6, day: 1, yearOffset: 0 },
        end: { month: 6, day: 15, yearOffset: 0 },
      },
    ],
    clause: 'troms.calendar',
  },
  forum: {
    totalSeats: 15,
    seats: [
      {
        role: 'MUNICIPAL_KINDERGARTEN_OWNER',
        label: T('Kommunale barnehageeiere', 'Municipal kindergarten owners'),
        count: 2,
      },
      {
        role: 'PRIVATE_KINDERGARTEN_OWNER',
        label: T('Privat barnehageeier', 'Private kindergarten owner'),
        count: 1,
      },
      {
        role: 'MUNICIPAL_SCHOOL_OWNER',
        label: T('Kommunale skoleeiere', 'Municipal school owners'),
        count: 2,
      },
      {
        role: 'PRIVATE_SCHOOL_OWNER',
        label: T('Privat skoleeier', 'Private school owner'),
        count: 1,
      },
      {
        role: 'KINDERGARTEN_AUTHORITY',
        label: T('Barnehagemyndighet', 'Kindergarten authority'),
        count: 1,
      },
      {
        role: 'UNIVERSITY',
        label: T('Universitet/høgskole', 'Universities and university colleges'),
        count: 3,
        members: [
          { label: 'Samisk høgskole', count: 1 },
          { label: 'UiT – Norges arktiske universitet', count: 2 },
        ],
      },
      { role: 'KS', label: T('KS', 'KS (association of local authorities)'), count: 1 },
      { role: 'UNION', label: T('Utdanningsforbundet', 'Union of Education Norway'), count: 2 },
      { role: 'PPT', label: T('PPT', 'Educational-psychological service (PPT)'), count: 1 },
      { role: 'STATPED', label: T('Statped/SEAD', 'Statped/SEAD'), count: 1 },
    ],
    clause: 'troms.forum',
  },
  equalTreatment: { reportFundingRatesByOwnership: true, clause: 'troms.equal-treatment' },
  assumptions: [
    {
      id: 'sector-tolerance',
      text: T(
        'Planen sier «tilnærmet» og oppgir ingen margin; vi bruker ±5 prosentpoeng rundt hver sektorandel.',
        'The plan says "approximately" and gives no margin; we use ±5 percentage points around each share.',
      ),
      clause: 'troms.sector-shares',
    },
    {
      id: 'newcomer-years',
      text: T(
        'Planen sier «ikke deltatt på en lang stund» uten tall; vi regner 3 år eller mer uten tilskudd som lenge.',
        'The plan says "not for a long while" with no figure; we count 3 years or more without a grant as long.',
      ),
      clause: 'troms.newcomers',
    },
    {
      id: 'coordinator-cap',
      text: T(
        'Forskriften sier at en begrenset del av midlene kan gå til koordinator, uten tall; vi bruker 10 % av årets ramme.',
        'The regulation says a limited part of the funds may go to coordinators, with no figure; we use 10 % of the frame.',
      ),
      clause: 'troms.coordinator',
    },
    {
      id: 'complexity-thresholds',
      text: T(
        'Planen gir ingen terskler for høy kompleksitet; 5 barnehager/skoler eller 2 eiere er bare et hjelpemiddel for Statsforvalterens skjønn.',
        'The plan gives no thresholds for high complexity; 5 units or 2 owners are only an aid to the office’s judgement.',
      ),
      clause: 'troms.coordinator',
    },
    {
      id: 'report-deadline',
      text: T(
        'Planen oppgir ingen rapportfrist; vi bruker 1. juni året etter tilskuddsåret, før evalueringen i juni.',
        'The plan names no report deadline; we use 1 June of the year after the grant year, before the June evaluation.',
      ),
      clause: 'troms.reporting',
    },
    {
      id: 'indicator-weights',
      text: T(
        'Planen sier at punktene ses i sammenheng, uten vekter; vektene er Statsforvalterens hjelpemiddel.',
        'The plan says the points are seen together, with no weights; the weights are an aid to the office.',
      ),
      clause: 'troms.other-priorities',
    },
    {
      id: 'municipal-averaging',
      text: T(
        'Et partnerskap med eiere i flere kommuner får gjennomsnittet av kommunenes tall.',
        'A partnership with owners in several municipalities gets the mean of their figures.',
      ),
      clause: 'troms.other-priorities',
    },
    {
      id: 'future-frame',
      text: T(
        'Senere års ramme er ukjent; vi regner med en ramme lik årets.',
        'Later years’ frames are unknown; we assume a frame equal to this year’s.',
      ),
      clause: 'troms.appropriation',
    },
    {
      id: 'grants-past-plan-period',
      text: T(
        'Flerårige tilskudd kan løpe inn i 2030, etter planperioden; de gis med forbehold om bevilgning og den nye planen.',
        'Multi-year grants may run into 2030, past the plan period; they are subject to appropriation and the new plan.',
      ),
      clause: 'troms.appropriation',
    },
    {
      id: 'sami-not-assessed',
      text: T(
        'Planen sier ikke hvordan en behovsmelding som Statsforvalteren ikke har vurdert for samiske perspektiver, skal telle; vi regner den likt med en som ikke ivaretar dem.',
        'The plan does not say how a statement the office has not assessed for Sámi perspectives counts; we count it as one that does not address them.',
      ),
      clause: 'troms.sami-perspectives',
    },
  ],
};

/**
 * The long-term plan of the collaboration forum in Troms, 2026–2029, as data. Where the plan gives
 * no figure, the value is this project's assumption and says so in a comment.
 */
export const TROMS_PLAN_2026_2029: CountyPlan = {
  schemaVersion: 1,
  id: 'troms-2026-2029',
  county: { code: '55', name: 'Troms' },
  title: T(
    'Langsiktig plan for kollektiv kompetanseutvikling i barnehage og grunnskole, Troms 2026–2029',
    'Long-term plan for collective competence development in kindergarten and school, Troms 2026–2029',
  ),
  period: { fromYear: 2026, toYear: 2029 },
  clauses: [
    {
      id: 'troms.local-needs',
      section: 'Innledning',
      text: 'Det er de lokale behov for kompetanse som skal være avgjørende for valg av kompetansetiltak.',
      title: T('Lokale behov avgjør', 'Local needs decide'),
    },
    {
      id: 'troms.frame',
      section: 'Tildelingsrunden',
      text: 'Statsforvalteren kan ikke tildele mer enn midlene som er stilt til rådighet for året (årets ramme).',
      title: T('Årets ramme', "The year's frame"),
      source: 'ROUND',
    },
    {
      id: 'troms.progress-measures',
      section: 'Prioriterte tematiske fagområder (2026–2029)',
      text: 'Innenfor alle temaene kan partnerskapet sette inn tiltak som sikrer fremdrift av utviklingsarbeidet, f.eks. veiledning, utviklings- og/eller prosessledelse.',
      title: T('Tiltak som sikrer fremdrift', 'Measures that secure progress'),
    },
    {
      id: 'troms.newcomers',
      section: 'Prinsipper for tildeling av tilskuddsmidler',
      text: 'Samarbeidsforum i Troms ønsker at eiere som ikke har deltatt i tilskuddsordning tidligere eller eiere som ikke har deltatt på en lang stund skal prioriteres.',
      title: T('Prioritering av nye eiere', 'Priority to newcomers'),
    },
    {
      id: 'troms.equal-treatment',
      section: 'Fordeling mellom offentlige og private eiere',
      text: 'Samarbeidsforum ønsker at statsforvalteren ivaretar likebehandling mellom private og offentlige eiere.',
      title: T(
        'Likebehandling av private og offentlige eiere',
        'Equal treatment of private and public owners',
      ),
    },
    {
      id: 'troms.sector-shares',
      section: 'Fordeling av midler mellom barnehage og skole',
      text: 'Samarbeidsforumet har bestemt at partnerskap med skole får tilnærmet 35 % av midlene og partnerskap med barnehagene får tilnærmet 35 % av midlene. Tilnærmet 30 % av midlene går til partnerskap med barnehager og/eller skoler som også involverer en større målgruppe og flere kommunale tjenester.',
      title: T('Fordeling mellom sektorene', 'Split between the sectors'),
    },
    {
      id: 'troms.owner-institution-split',
      section: 'Fordeling av midler mellom eiere og UH/fagmiljøer',
      text: 'Samarbeidsforumet vurderer det ikke som hensiktsmessig å fastsette en absolutt prosentfordeling, men presiserer at tildeling til UH skal sikres over tid for å ivareta det doble formålet. Dersom et UH får tildeling i flere partnerskap vil statsforvalter og UH i samarbeid undersøke om det er mulig å redusere administrasjonskostnader for UH.',
      title: T('Fordeling mellom eier og kompetansemiljø', 'Split between owner and institution'),
    },
    {
      id: 'troms.reduced-grant',
      section: 'Fordeling av midler mellom eiere og UH/fagmiljøer',
      text: 'Dersom partnerskapet får mindre midler enn det er meldt inn behov for, så må partnerskapet bli enig om fordeling av midler mellom partene.',
      title: T('Redusert tildeling', 'Reduced grant'),
    },
    {
      id: 'troms.themes.kindergarten',
      section: 'Prioriterte tematiske fagområder (2026–2029): Barnehage',
      text: 'Samarbeidsforum har besluttet at temaene er i prioritert rekkefølge, men underpunktene ikke er i prioritert rekkefølge.',
      title: T('Prioriterte temaer, barnehage', 'Ranked themes, kindergarten'),
    },
    {
      id: 'troms.themes.school',
      section: 'Prioriterte tematiske fagområder (2026–2029): Skole',
      text: 'Samarbeidsforum har besluttet at temaene er i prioritert rekkefølge, men underpunktene ikke er i prioritert rekkefølge.',
      title: T('Prioriterte temaer, skole', 'Ranked themes, school'),
    },
    {
      id: 'troms.themes.team-around-child',
      section: 'Prioriterte tematiske fagområder (2026–2029): Laget rundt barnet',
      text: 'Samarbeidsforum har besluttet at temaene er i prioritert rekkefølge, men underpunktene ikke er i prioritert rekkefølge.',
      title: T('Prioriterte temaer, laget rundt barnet', 'Ranked themes, team around the child'),
    },
    {
      id: 'troms.team-around-child',
      section: 'Laget rundt barnet',
      text: 'I denne ordningen kan ansatte fra disse tjenestene kun delta i samarbeid med barnehage- og skoleansatte.',
      title: T('Deltakelse i laget rundt barnet', 'Participation in the team around the child'),
    },
    {
      id: 'troms.other-priorities',
      section: 'Andre prioriteringer ved tildeling',
      text: 'Ved oversøking eller dersom to eller flere behovsmeldinger er likestilt etter at prioriteringskriteriene er tatt hensyn til, kan statsforvalter prioritere hvilket partnerskap som skal motta midler basert på kjennskap til sektor.',
      title: T('Skjønnsmessige prioriteringer', 'Discretionary priorities'),
    },
    {
      id: 'troms.distance',
      section: 'Andre prioriteringer ved tildeling',
      text: 'Samarbeidsforum ønsker at det tas hensyn til at det kan være mer kostbart for kommuner som ligger langt unna UH.',
      title: T('Avstand til kompetansemiljø', 'Distance to a university or college'),
    },
    {
      id: 'troms.locks',
      section: 'Langsiktighet og forutsigbarhet',
      text: 'Inntil 30% av midlene låses til 3-årige prosjekter. Inntil 20% av midlene låses til 2-årige prosjekter. Tilnærmet 50 % av midlene tildeles for ett år av gangen.',
      title: T('Låste midler', 'Duration locks'),
    },
    {
      id: 'troms.work-limit',
      section: 'Langsiktighet og forutsigbarhet',
      text: 'Hvert partnerskap kan maksimum få tilskudd for et utviklingsarbeid i 4 år.',
      title: T('Fireårsgrensen', 'The four-year limit'),
    },
    {
      id: 'troms.appropriation',
      section: 'Langsiktighet og forutsigbarhet',
      text: 'Utbetaling av midler forutsetter videre statlig bevilgning.',
      title: T('Forbehold om bevilgning', 'Subject to appropriation'),
    },
    {
      id: 'troms.coordinator',
      section: 'Koordinator',
      text: 'I forskriften presiseres det at en begrenset del av midlene kan gå til koordinatorfunksjon. Når det gjelder koordinatorfunksjon er utgangspunktet er at eier skal ha kapasitet til å koordinere kompetanseutviklingsarbeid. Det kan tildeles midler til koordinator dersom: Tiltaket har høy kompleksitet (antall barnehager/skoler, antall eiere og eventuelle andre forhold som øker kompleksiteten). Tiltakene bidrar til kompetanse og stabilitet i sårbare områder.',
      title: T('Koordinator', 'Coordinator'),
    },
    {
      id: 'troms.own-contribution',
      section: 'Behovsmelding',
      text: 'Forskriften krever at partnerskapets behovsmelding inneholder en beskrivelse av eiers egeninnsats i tiltaket.',
      title: T('Egeninnsats', 'Own contribution'),
    },
    {
      id: 'troms.goals',
      section: 'Kjennetegn på måloppnåelse',
      text: 'Målene (både de langsiktige- og delmålene) må være så konkrete som mulig, slik at partnerskapet kan vurdere måloppnåelsen underveis og ved utviklingsarbeidets slutt. Partnerskapet må beskrive hvordan de vil jobbe for å nå målene.',
      title: T('Behovsmeldingens innhold', 'Contents of a needs statement'),
    },
    {
      id: 'troms.sami-perspectives',
      section: 'Vedlegg: Definisjoner – Samiske perspektiver',
      text: 'Vurdering av samiske perspektiver er derfor ikke begrenset til prosjekter som handler spesielt om samisk språk eller kultur, men er et kriterium for tildeling innenfor hele tilskuddsordningen.',
      title: T('Samiske perspektiver', 'Sámi perspectives'),
    },
    {
      id: 'troms.partnership',
      section: 'Vedlegg: Definisjoner – Partnerskap',
      text: 'Et forpliktende samarbeid mellom eiere og kompetansemiljøer (som universiteter, høgskoler eller fagskoler) for å planlegge, gjennomføre og følge opp tiltak.',
      title: T('Partnerskap', 'Partnership'),
    },
    {
      id: 'troms.reporting',
      section: 'Rapportering',
      text: 'Mottakere av tilskudd skal rapportere årlig om hvilke tiltak som er gjennomført, hvordan midlene er brukt og vurdering av måloppnåelse. Det må være sammenheng mellom behovsmelding og rapportering. I tillegg skal partene levere et enkelt regnskap (ikke revisorgodkjent).',
      title: T('Rapportering', 'Reporting'),
    },
    {
      id: 'troms.calendar',
      section: 'Årshjul for arbeidet i Troms',
      text: 'September: møte i samarbeidsforum. 15. okt.–15. nov.: informasjonsmøte. 1. desember: mal klar. 1. februar: frist. 5.–20. mars: drøfting. 15. april: frist for vedtak. 1.–15. juni: evaluering.',
      title: T('Årshjul', 'Annual calendar'),
    },
    {
      id: 'troms.forum',
      section: 'Samarbeidsforum',
      text: 'Består av 15 representanter.',
      title: T('Samarbeidsforumets sammensetning', "The forum's composition"),
    },
  ],
  versions: [
    {
      id: '2026.1',
      validFrom: '2026-01-01',
      changeNote: 'Planen vedtatt av samarbeidsforumet i Troms for 2026–2029.',
      rules,
    },
  ],
};
