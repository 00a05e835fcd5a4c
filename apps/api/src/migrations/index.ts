import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128045022 } from './Migration20261128045022.js';
import { Migration20261128102605 } from './Migration20261128102605.js';
import { Migration20261128104442 } from './Migration20261128104442.js';
import { Migration20261128151000 } from './Migration20261128151000.js';
import { Migration20261201220000 } from './Migration20261201220000.js';
import { Migration20261201235000 } from './Migration20261201235000.js';
import { Migration20261203084052 } from './Migration20261203084052.js';
import { Migration20261203085817 } from './Migration20261203085817.js';
import { Migration20261203125423 } from './Migration20261203125423.js';
import { Migration20261203131155 } from './Migration20261203131155.js';
import { Migration20261203132018 } from './Migration20261203132018.js';
import { Migration20261203132248 } from './Migration20261203132248.js';
import { Migration20261203154500 } from './Migration20261203154500.js';
import { Migration20261203154700 } from './Migration20261203154700.js';
import { Migration20261203155000 } from './Migration20261203155000.js';
import { Migration20261203163600 } from './Migration20261203163600.js';
import { Migration20261203163700 } from './Migration20261203163700.js';
import { Migration20261203201700 } from './Migration20261203201700.js';

/** Every migration, in order. A new migration file must be added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128045022', class: Migration20261128045022 },
  { name: 'Migration20261128102605', class: Migration20261128102605 },
  { name: 'Migration20261128104442', class: Migration20261128104442 },
  { name: 'Migration20261128151000', class: Migration20261128151000 },
  { name: 'Migration20261201220000', class: Migration20261201220000 },
  { name: 'Migration20261201235000', class: Migration20261201235000 },
  { name: 'Migration20261203084052', class: Migration20261203084052 },
  { name: 'Migration20261203085817', class: Migration20261203085817 },
  { name: 'Migration20261203125423', class: Migration20261203125423 },
  { name: 'Migration20261203131155', class: Migration20261203131155 },
  { name: 'Migration20261203132018', class: Migration20261203132018 },
  { name: 'Migration20261203132248', class: Migration20261203132248 },
  { name: 'Migration20261203154500', class: Migration20261203154500 },
  { name: 'Migration20261203154700', class: Migration20261203154700 },
  { name: 'Migration20261203155000', class: Migration20261203155000 },
  { name: 'Migration20261203163600', class: Migration20261203163600 },
  { name: 'Migration20261203163700', class: Migration20261203163700 },
  { name: 'Migration20261203201700', class: Migration20261203201700 },
];
