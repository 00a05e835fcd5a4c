export const SECTORS = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'] as const;
/** The three budget shares: barnehage, skole, laget rundt barnet. */
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { nb: string; en: string }> = {
  KINDERGARTEN: { nb: 'barnehage', en: 'kindergarten' },
  SCHOOL: { nb: 'skole', en: 'school' },
  TEAM_AROUND_CHILD: { nb: 'laget rundt barnet', en: 'team around the child' },
};

export const OWNERSHIPS = ['PUBLIC', 'PRIVATE'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** The kinds of competence partner the regulation's draft allows. UH = the first two. */
export const INSTITUTION_KINDS = [
  'UNIVERSITY',
  'UNIVERSITY_COLLEGE',
  'VOCATIONAL_COLLEGE',
  'OTHER_COMPETENCE_ENVIRONMENT',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
