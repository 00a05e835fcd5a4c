import type { Role } from '../../gql/graphql.js';

export type NavItem =
  | 'round'
  | 'statements'
  | 'scenarios'
  | 'compare'
  | 'proposal'
  | 'reports'
  | 'complaints'
  | 'payments'
  | 'letter-template'
  | 'register'
  | 'partner-statements'
  | 'partner-grants'
  | 'partner-reports'
  | 'national';

const ALL: NavItem[] = [
  'round',
  'statements',
  'scenarios',
  'compare',
  'proposal',
  'reports',
  'complaints',
  'payments',
  'letter-template',
  'register',
];

/** The i18n key of a menu item's label (the reporting and register texts keep their own). */
export function navLabelKey(item: NavItem): string {
  if (item === 'reports') return 'reports.nav';
  if (item === 'register') return 'register.nav';
  if (item === 'complaints') return 'money.nav.complaints';
  if (item === 'payments') return 'money.nav.payments';
  if (item === 'letter-template') return 'letterTemplate.nav';
  if (item === 'partner-statements') return 'partner.nav.statements';
  if (item === 'partner-grants') return 'partner.nav.grants';
  if (item === 'partner-reports') return 'partner.nav.reports';
  if (item === 'national') return 'national.nav';
  return `nav.${item}`;
}

/**
 * The screens a role can use (the API decides what it may do; this only spares a user links to
 * screens that would answer "no access"). Before the viewer is known, the adviser's menu.
 */
export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case 'FORUM':
      return ['round', 'proposal', 'compare'];
    case 'PARTNERSHIP':
      return ['partner-statements', 'partner-grants', 'partner-reports'];
    case 'NATIONAL':
      return ['national'];
    default:
      return ALL;
  }
}

/** Where a role lands after signing in (the first screen of its menu). */
export function startPageFor(role: Role | null): NavItem {
  return navigationFor(role)[0] ?? 'round';
}

/**
 * The role a token claims (read from its payload, not verified: the API verifies it on every
 * request). Only used to pick the start page before the viewer is fetched.
 */
export function roleOfToken(token: string | null): Role | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const role = (JSON.parse(json) as { role?: unknown }).role;
    return role === 'ADMIN' || role === 'FORUM' || role === 'PARTNERSHIP' || role === 'NATIONAL'
      ? role
      : null;
  } catch {
    return null;
  }
}
