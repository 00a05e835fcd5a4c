import type { Role } from './role.js';

/** The authenticated caller, as every service sees it. */
export interface Viewer {
  subject: string;
  name: string;
  role: Role;
  /** The county (tenant) the caller belongs to; null for NATIONAL. */
  county: { id: string; code: string; name: string } | null;
  /** The partnership a PARTNERSHIP caller acts for. */
  partnershipId: string | null;
}
