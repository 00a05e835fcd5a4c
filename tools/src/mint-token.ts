// Mints a development token for a role and county, signed with the local dev key the API uses
// outside production (.data/dev-signing-key.json, created on first use).
// Usage: npm run mint-token -w @kompetansemidler/tools -- --role ADMIN --county troms
//        [--partnership <id>] [--subject <sub>] [--name <name>] [--expires 12h] [--key-file <path>]
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { defaultDevSigningKeyFile } from '@kompetansemidler/api/src/config/config.js';
import { loadOrCreateDevSigningKey } from '@kompetansemidler/api/src/modules/auth/dev-signing-key.js';
import { signDevToken } from '@kompetansemidler/api/src/modules/auth/dev-token.js';
import { isRole } from '@kompetansemidler/api/src/modules/auth/role.js';

export async function mintToken(argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' },
      county: { type: 'string' },
      partnership: { type: 'string' },
      subject: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      'key-file': { type: 'string' },
    },
  });
  const role = values.role?.toUpperCase();
  if (!isRole(role)) throw new Error('--role must be ADMIN, FORUM, PARTNERSHIP or NATIONAL');
  if (role !== 'NATIONAL' && !values.county) throw new Error(`--county is required for ${role}`);
  if (role === 'PARTNERSHIP' && !values.partnership) {
    throw new Error('--partnership <id> is required for PARTNERSHIP');
  }
  const key = await loadOrCreateDevSigningKey(values['key-file'] ?? defaultDevSigningKeyFile());
  return signDevToken(key, {
    subject: values.subject ?? `dev:${role.toLowerCase()}:${values.county ?? 'national'}`,
    name: values.name ?? `Utvikler (${role})`,
    role,
    countyCode: values.county,
    partnershipId: values.partnership,
    expiresIn: values.expires,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.env['NODE_ENV'] === 'production') {
    console.error('mint-token makes development tokens only; NODE_ENV=production refuses them.');
    process.exit(1);
  }
  try {
    process.stdout.write(`${await mintToken(process.argv.slice(2))}\n`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
