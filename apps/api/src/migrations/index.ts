import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128045022 } from './Migration20261128045022.js';

/** Every migration, in order. A new migration file must be added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128045022', class: Migration20261128045022 },
];
