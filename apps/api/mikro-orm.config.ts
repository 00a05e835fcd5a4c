import 'reflect-metadata';
import { ormConfig } from './src/database/orm-config.js';

// Used by the MikroORM CLI (`npx nx run api:db:migration-create`); the app builds its config in code.
export default ormConfig(
  process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/kompetansemidler',
);
