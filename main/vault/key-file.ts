// The key file holds the database's data key twice, wrapped with AES-256-GCM:
// once under the passphrase and once under the recovery code. The data key
// never changes, so changing the passphrase rewrites only this small file.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors';
import { writeFileAtomically } from './atomic-file';
import { deriveWrappingKey, type KdfParameters } from './kdf';

export const dataKeyLength = 32;
const keyFileFormat = 'waymark-vault-key';
const keyFileVersion = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const wrappedKeySchema = z.object({
  kdf: z.object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64,
  }),
  iv: base64,
  ciphertext: base64,
  tag: base64,
});

const keyFileSchema = z.object({
  format: z.literal(keyFileFormat),
  version: z.literal(keyFileVersion),
  createdAt: z.string(),
  passphrase: wrappedKeySchema,
  recoveryCode: wrappedKeySchema,
});

export type WrappedKey = z.infer<typeof wrappedKeySchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;
export type Unwrapper = 'passphrase' | 'recoveryCode';

/** Bind each wrap to its role and parameters so parts cannot be swapped or downgraded. */
function associatedData(role: Unwrapper, kdf: WrappedKey['kdf']): Buffer {
  return Buffer.from(JSON.stringify([keyFileFormat, keyFileVersion, role, kdf]), 'utf8');
}

export async function wrapDataKey(
  dataKey: Buffer,
  secret: string,
  role: Unwrapper,
  parameters: KdfParameters,
): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const kdf = { ...parameters, salt: salt.toString('base64') };
  const wrappingKey = await deriveWrappingKey(secret, salt, parameters);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(associatedData(role, kdf));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kdf,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

/** Returns the data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function unwrapDataKey(wrapped: WrappedKey, secret: string, role: Unwrapper): Promise<Buffer | null> {
  const { salt, ...parameters } = wrapped.kdf;
  const wrappingKey = await deriveWrappingKey(secret, Buffer.from(salt, 'base64'), parameters);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(associatedData(role, wrapped.kdf));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const dataKey = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    if (dataKey.length !== dataKeyLength) return null;
    return dataKey;
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}

export function readKeyFile(file: string): KeyFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('NO_VAULT', 'There is no Waymark vault in this folder yet.', { cause: error });
  }
  return readKeyFileText(text);
}

/** Parses key file text (from the vault folder or from inside a backup). */
export function readKeyFileText(text: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_DAMAGED', 'The vault key file is damaged and cannot be read. Restore it from a backup.');
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault key file is not in a form this version of Waymark understands. Restore it from a backup.',
    );
  }
  return result.data;
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomically(file, `${JSON.stringify(keyFile, null, 2)}\n`);
}

export function newKeyFile(passphrase: WrappedKey, recoveryCode: WrappedKey, createdAt: Date): KeyFile {
  return {
    format: keyFileFormat,
    version: keyFileVersion,
    createdAt: createdAt.toISOString(),
    passphrase,
    recoveryCode,
  };
}
