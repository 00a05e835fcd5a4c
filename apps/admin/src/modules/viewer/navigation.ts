import type { Role } from '../../gql/graphql.js';

export type NavItem =
  'round' | 'statements' | 'scenarios' | 'compare' | 'proposal' | 'reports' | 'register';

const ALL: NavItem[] = [
  'round',
  'statements',
  'scenarios',
  'compare',
  'proposal',
  'reports',
  'register',
];

/** The i18n key of a menu item's label (the reporting texts keep their own). */
export function navLabelKey(item: NavItem): string {
  if (item === 'reports') return 'reports.nav';
  if (item === 'register') return 'register.nav';
  return `nav.${item}`;
}

/**
 * The screens a role can use (the API decides what it may do; this only spares a user links to
 * screens that would answer "no access"). Before the viewer is known, the adviser's menu.
 */
export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case 'FORUM':
      return ['round', 'proposal'];
    case 'PARTNERSHIP':
      return ['statements'];
    case 'NATIONAL':
      return [];
    default:
      return ALL;
  }
}
