import { registerEnumType } from 'type-graphql';

// These mirror the domain's constants (SECTORS, OWNERSHIPS, INSTITUTION_KINDS) one to one: the
// GraphQL enums carry exactly the domain's values, so no mapping is needed on the way in or out.

export enum Sector {
  KINDERGARTEN = 'KINDERGARTEN',
  SCHOOL = 'SCHOOL',
  TEAM_AROUND_CHILD = 'TEAM_AROUND_CHILD',
}
registerEnumType(Sector, {
  name: 'Sector',
  description: 'The three budget shares: barnehage, skole, laget rundt barnet.',
});

export enum Ownership {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Ownership, { name: 'Ownership', description: 'Municipal (PUBLIC) or private.' });

export enum InstitutionKind {
  UNIVERSITY = 'UNIVERSITY',
  UNIVERSITY_COLLEGE = 'UNIVERSITY_COLLEGE',
  VOCATIONAL_COLLEGE = 'VOCATIONAL_COLLEGE',
  OTHER_COMPETENCE_ENVIRONMENT = 'OTHER_COMPETENCE_ENVIRONMENT',
}
registerEnumType(InstitutionKind, { name: 'InstitutionKind' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export function orderOf(direction: SortDirection | null | undefined): 'asc' | 'desc' {
  return direction === SortDirection.DESC ? 'desc' : 'asc';
}
