import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export const DEV_ISSUER = 'urn:kompetansemidler:dev';
export const DEV_AUDIENCE = 'kompetansemidler-api';
export const DEV_ALGORITHM = 'ES256';

/**
 * The local key that signs development tokens (devSignIn, `npm run mint-token -w tools`).
 * Never loaded when NODE_ENV=production: the config leaves its file unset there.
 */
export interface DevSigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  note: string;
}

export async function generateDevSigningKey(): Promise<DevSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
  return { kid: randomUUID(), privateKey, publicKey };
}

/** Reads the key from `file`, creating it (mode 600) when missing. Safe when several processes race. */
export async function loadOrCreateDevSigningKey(file: string): Promise<DevSigningKey> {
  const existing = await readStored(file);
  if (existing) return fromStored(existing);
  const key = await generateDevSigningKey();
  const stored: StoredKey = {
    kid: key.kid,
    privateJwk: await exportJWK(key.privateKey),
    publicJwk: await exportJWK(key.publicKey),
    note: 'Development only: signs local tokens. Never used when NODE_ENV=production.',
  };
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${JSON.stringify(stored, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process created it first: use theirs.
    const theirs = await readStored(file);
    if (!theirs) throw error;
    return fromStored(theirs);
  }
}

async function readStored(file: string): Promise<StoredKey | undefined> {
  try {
    const text = await readFile(file, 'utf8');
    if (text.trim() === '') return undefined;
    return JSON.parse(text) as StoredKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function fromStored(stored: StoredKey): Promise<DevSigningKey> {
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, DEV_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, DEV_ALGORITHM)) as CryptoKey,
  };
}
