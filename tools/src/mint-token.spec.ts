import { decodeJwt, decodeProtectedHeader } from 'jose';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from './mint-token.js';

describe('mint-token', () => {
  let keyFile: string;

  beforeAll(async () => {
    keyFile = join(await mkdtemp(join(tmpdir(), 'mint-token-')), 'dev-key.json');
  });

  it('mints a machine token shaped like Maskinporten’s: scope and client, no role, no person', async () => {
    const token = await mintToken([
      '--client',
      'udir',
      '--scope',
      'statistics:read',
      '--consumer',
      '970018131',
      '--key-file',
      keyFile,
    ]);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      scope: 'statistics:read',
      client_id: 'udir',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:970018131' },
      iss: 'urn:kompetansemidler:dev',
    });
    expect(claims.sub).toBeUndefined();
    expect(claims['role']).toBeUndefined();
    expect(claims['name']).toBeUndefined();
    expect(decodeProtectedHeader(token).alg).toBe('ES256');
  });

  it('still mints a person’s token for a role', async () => {
    const claims = decodeJwt(
      await mintToken(['--role', 'admin', '--county', 'troms', '--key-file', keyFile]),
    );
    expect(claims).toMatchObject({ role: 'ADMIN', county: 'troms', sub: 'dev:admin:troms' });
  });

  it('refuses a machine token with a role, without a scope or with a bad consumer', async () => {
    await expect(
      mintToken([
        '--client',
        'udir',
        '--scope',
        'statistics:read',
        '--role',
        'ADMIN',
        '--key-file',
        keyFile,
      ]),
    ).rejects.toThrow(/leave out --role/);
    await expect(mintToken(['--client', 'udir', '--key-file', keyFile])).rejects.toThrow(/--scope/);
    await expect(
      mintToken(['--client', 'udir', '--scope', 's', '--consumer', '12', '--key-file', keyFile]),
    ).rejects.toThrow(/9 digits/);
  });
});
