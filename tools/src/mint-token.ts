// Mints a development token signed with the local dev key the API uses outside production
// (.data/dev-signing-key.json, created on first use): for a person's role and county, or for a
// machine client with scopes, shaped like a Maskinporten token (no role, no person).
// Usage: npm run mint-token -w @kompetansemidler/tools -- --role ADMIN --county troms
//        [--partnership <id>] [--subject <sub>] [--name <name>] [--expires 12h] [--key-file <path>]
//    or: npm run mint-token -w @kompetansemidler/tools -- --client udir --scope statistics:read
//        [--consumer 970018131] [--expires 12h] [--key-file <path>]
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { defaultDevSigningKeyFile } from '@kompetansemidler/api/src/config/config.js';
import { loadOrCreateDevSigningKey } from '@kompetansemidler/api/src/modules/auth/dev-signing-key.js';
import {
  signDevMachineToken,
  signDevToken,
} from '@kompetansemidler/api/src/modules/auth/dev-token.js';
import { isRole } from '@kompetansemidler/api/src/modules/auth/role.js';

export const MINT_TOKEN_USAGE = `Mints a development token (never accepted when NODE_ENV=production).
  A person:          --role ADMIN|FORUM|PARTNERSHIP|NATIONAL [--county troms] [--partnership <id>]
                     [--subject <sub>] [--name <name>]
  A machine client:  --client udir --scope statistics:read [--consumer <orgnr>]
  Both:              [--expires 12h] [--key-file .data/dev-signing-key.json]`;

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
      client: { type: 'string' },
      scope: { type: 'string' },
      consumer: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return MINT_TOKEN_USAGE;
  if (values.client !== undefined || values.scope !== undefined) {
    if (values.role) throw new Error('--client makes a machine token: leave out --role');
    if (!values.client) throw new Error('--client <id> is required with --scope');
    if (!values.scope) throw new Error('--scope is required for a client, e.g. statistics:read');
    if (values.consumer !== undefined && !/^\d{9}$/.test(values.consumer)) {
      throw new Error('--consumer must be an organisation number of 9 digits');
    }
    const key = await loadOrCreateDevSigningKey(values['key-file'] ?? defaultDevSigningKeyFile());
    return signDevMachineToken(key, {
      clientId: values.client,
      scope: values.scope,
      consumerOrgnr: values.consumer,
      expiresIn: values.expires,
    });
  }
  const role = values.role?.toUpperCase();
  if (!isRole(role)) {
    throw new Error(
      '--role must be ADMIN, FORUM, PARTNERSHIP or NATIONAL (or give --client and --scope for a machine token)',
    );
  }
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
