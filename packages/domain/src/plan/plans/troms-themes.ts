import type { SectorThemes, ThemeItem } from '../plan.schema.js';

const item = (id: string, nb: string, en: string, items?: ThemeItem[]): ThemeItem =>
  items ? { id, title: { nb, en }, items } : { id, title: { nb, en } };

/** "Innenfor alle temaene kan partnerskapet sette inn tiltak som sikrer fremdrift …" */
const progress = (prefix: string): ThemeItem =>
  item(
    `${prefix}-progress`,
    'Tiltak som sikrer fremdrift av utviklingsarbeidet, f.eks. veiledning, utviklings- og/eller prosessledelse',
    'Measures that secure the progress of the work, e.g. guidance, development or process leadership',
  );

export const TROMS_THEMES: SectorThemes[] = [
  {
    sector: 'KINDERGARTEN',
    clause: 'troms.themes.kindergarten',
    everyTheme: { items: [progress('kg')], clause: 'troms.progress-measures' },
    themes: [
      {
        id: 'kg-safe-environment',
        rank: 1,
        title: {
          nb: 'Trygt og godt barnehagemiljø',
          en: 'A safe and good kindergarten environment',
        },
        items: [
          item(
            'kg-safe-environment.clear-staff',
            'Tydelige ansatte som legger til rette for et godt leke og læringsmiljø i barnehagen',
            'Clear staff who support a good play and learning environment',
          ),
          item(
            'kg-safe-environment.act-ch8',
            'Kunnskap om barnehageloven, kapittel 8',
            'Knowledge of the Kindergarten Act, chapter 8',
          ),
          item('kg-safe-environment.language', 'Språk', 'Language'),
          item('kg-safe-environment.relational', 'Relasjonskompetanse', 'Relational competence'),
          item(
            'kg-safe-environment.best-interests',
            'Barns bestevurdering og barns rett til medvirkning',
            "The child's best interests and right to participate",
          ),
          item('kg-safe-environment.parents', 'Foreldresamarbeid', 'Cooperation with parents'),
          item('kg-safe-environment.inclusive', 'Inkluderende praksis', 'Inclusive practice', [
            item(
              'kg-safe-environment.inclusive.extra-help',
              'Barn som trenger ekstra hjelp og støtte',
              'Children who need extra help and support',
            ),
          ]),
        ],
      },
      {
        id: 'kg-life-skills',
        rank: 2,
        title: { nb: 'Livsmestring og helse', en: 'Life skills and health' },
        items: [
          item(
            'kg-life-skills.health',
            'Fremme fysisk og psykisk helse',
            'Promote physical and mental health',
          ),
          item(
            'kg-life-skills.wellbeing',
            'Fokus på trivsel, livsglede, mestring og følelse av egenverd',
            'Well-being, joy, mastery and self-worth',
          ),
          item('kg-life-skills.language', 'Språk', 'Language'),
          item('kg-life-skills.parents', 'Foreldresamarbeid', 'Cooperation with parents'),
        ],
      },
      {
        id: 'kg-sami',
        rank: 3,
        title: { nb: 'Samisk', en: 'Sámi' },
        items: [
          item(
            'kg-sami.indigenous',
            'Kunnskap om, respekt for og innsikt i urfolksituasjoner- og rettigheter, mangfoldet av samiske språk, kulturer og tradisjonell kunnskap',
            'Knowledge of and respect for indigenous situations and rights, Sámi languages, cultures and traditional knowledge',
          ),
          item(
            'kg-sami.norwegianisation',
            'Kunnskap om fornorskningsprosessen',
            'Knowledge of the Norwegianisation process',
          ),
          item(
            'kg-sami.diversity',
            'Ansattes rolle i barnehagen for å ivareta mangfoldet i barnegruppen i et kulturperspektiv',
            "Staff's role in caring for the group's cultural diversity",
          ),
          item('kg-sami.language-models', 'Samiske språkmodeller', 'Sámi language models'),
        ],
      },
    ],
  },
  {
    sector: 'SCHOOL',
    clause: 'troms.themes.school',
    everyTheme: { items: [progress('school')], clause: 'troms.progress-measures' },
    themes: [
      {
        id: 'school-safe-environment',
        rank: 1,
        title: { nb: 'Trygt og godt skolemiljø', en: 'A safe and good school environment' },
        items: [
          item('school-safe-environment.early', 'Tidlig innsats', 'Early intervention'),
          item('school-safe-environment.mental-health', 'Psykisk helse', 'Mental health'),
          item('school-safe-environment.play', 'Lek', 'Play'),
          item('school-safe-environment.social', 'Sosiale ferdigheter', 'Social skills'),
        ],
      },
      {
        id: 'school-practical',
        rank: 2,
        title: {
          nb: 'Praktisk og variert opplæring/skolehverdag',
          en: 'Practical and varied teaching and school days',
        },
        items: [
          item(
            'school-practical.digital',
            'Digital kompetanse og pedagogisk bruk av teknologi',
            'Digital competence and pedagogical use of technology',
          ),
          item('school-practical.curriculum', 'Læreplanforståelse', 'Understanding the curriculum'),
          item('school-practical.motivation', 'Motivasjon', 'Motivation'),
          item('school-practical.assessment', 'Vurdering for læring', 'Assessment for learning'),
        ],
      },
      {
        id: 'school-ito',
        rank: 3,
        title: { nb: 'Individuelt tilrettelagt opplæring', en: 'Individually adapted education' },
        items: [
          item('school-ito.mental-health', 'Psykisk helse', 'Mental health'),
          item(
            'school-ito.analysis',
            'Pedagogisk-analyse kompetanse',
            'Pedagogical analysis competence',
          ),
          item('school-ito.special-needs', 'Spesialpedagogiske områder', 'Special-needs areas', [
            item(
              'school-ito.special-needs.high-frequency',
              'Høyfrekvente vansker',
              'High-frequency difficulties',
            ),
            item(
              'school-ito.special-needs.general',
              'Generelle lærevansker',
              'General learning difficulties',
            ),
            item('school-ito.special-needs.multilingual', 'Flerspråklighet', 'Multilingualism'),
            item(
              'school-ito.special-needs.language',
              'Språk, tale og kommunikasjonsvansker',
              'Language, speech and communication difficulties',
            ),
            item(
              'school-ito.special-needs.early-detection',
              'Kompetanse på å avdekke vansker tidlig, og sette inn tiltak',
              'Detecting difficulties early and acting on them',
            ),
          ]),
        ],
      },
    ],
  },
  {
    sector: 'TEAM_AROUND_CHILD',
    clause: 'troms.themes.team-around-child',
    everyTheme: { items: [progress('tac')], clause: 'troms.progress-measures' },
    themes: [
      {
        id: 'tac-safe-environments',
        rank: 1,
        title: {
          nb: 'Trygge og gode barnehage- og skolemiljø',
          en: 'Safe and good kindergarten and school environments',
        },
        items: [
          item(
            'tac-safe-environments.inclusive',
            'Inkluderende undervisning i skole/inkluderende praksis i barnehage',
            'Inclusive teaching in school and inclusive practice in kindergarten',
          ),
          item(
            'tac-safe-environments.values',
            'Verdisyn i barnehage og skole',
            'Values in kindergarten and school',
          ),
          item(
            'tac-safe-environments.best-interests',
            'Barnets beste i fokus',
            "The child's best interests",
          ),
        ],
      },
      {
        id: 'tac-inclusion',
        rank: 2,
        title: {
          nb: 'Fremme inkludering for å forebygge utenforskap',
          en: 'Promote inclusion to prevent exclusion',
        },
        items: [
          item(
            'tac-inclusion.detection',
            'Sikre at ansatte i barnehage og skole har oppdagerkompetanse, det vil si kompetanse i å finne de barna som ikke følger progresjon for sitt kull, ut fra høyfrekvente vansker; språkvansker og/ eller nevrodivergente vansker',
            'Staff able to find the children who do not keep up with their cohort, from high-frequency difficulties, language difficulties and/or neurodivergent difficulties',
          ),
          item(
            'tac-inclusion.neurodivergent',
            'Implementere utviklingskompetanse for ansatte i barnehager og skoler slik at barn med nevrodivergente vansker opplever reell inkludering',
            'Development competence for staff in kindergartens and schools so children with neurodivergent difficulties are truly included',
          ),
          item(
            'tac-inclusion.ai-text',
            'For elever som har behov – bruk av KI til å produsere tekst',
            'For pupils who need it: using AI to produce text',
          ),
          item(
            'tac-inclusion.digital-children',
            'Digitale ferdigheter for barn',
            'Digital skills for children',
          ),
          item(
            'tac-inclusion.digital-staff',
            'Digitale ferdigheter for ansatte',
            'Digital skills for staff',
          ),
        ],
      },
    ],
  },
];
