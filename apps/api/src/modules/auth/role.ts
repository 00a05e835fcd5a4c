import { registerEnumType } from 'type-graphql';

/** Who the caller is, for authorization. One role per token. */
export enum Role {
  /** The county governor's office: reads and writes everything in its county. */
  ADMIN = 'ADMIN',
  /** The collaboration forum: reads the proposals of its county. */
  FORUM = 'FORUM',
  /** A partnership: its own needs statements, decisions and split answers. */
  PARTNERSHIP = 'PARTNERSHIP',
  /** The national directorate (Udir): aggregates across counties, nothing personal. */
  NATIONAL = 'NATIONAL',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The caller’s role; every operation lists the roles that may use it.',
});

export const ROLES = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}
