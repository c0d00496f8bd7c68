// Attachments (photos of sticky notes, whiteboards, drawings) are stored as
// blobs inside the encrypted database, never as loose files on disk.
import { eq } from 'drizzle-orm';
import type { attachmentMediaTypes } from '../../../shared/contract/limits';
import { attachmentMaxBytes, attachmentMaxBytesLabel } from '../../../shared/contract/limits';
import { attachments } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

type MediaType = (typeof attachmentMediaTypes)[number];

/** Trust the bytes, not the file name: each image format starts with its own signature. */
export function detectImageType(bytes: Buffer): MediaType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a')
    return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  return null;
}

export function addAttachment(
  vault: OpenVault,
  { interviewId, fileName, dataBase64 }: { interviewId: string; fileName: string; dataBase64: string },
  context: ServiceContext = systemContext,
): string {
  const now = context.now();
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', 'That file is empty.');
  if (bytes.length > attachmentMaxBytes) {
    throw new AppError(
      'VALIDATION',
      `That file is larger than ${attachmentMaxBytesLabel}. Take the photo at a lower resolution, or crop it.`,
    );
  }
  const mediaType = detectImageType(bytes);
  if (!mediaType) {
    throw new AppError(
      'VALIDATION',
      'Only photos and pictures can be attached (PNG, JPEG, GIF or WebP). That file is not one of those.',
    );
  }
  const id = context.newId();
  vault.db
    .insert(attachments)
    .values({ id, interviewId, fileName, mediaType, sizeBytes: bytes.length, bytes, createdAt: now.toISOString() })
    .run();
  return id;
}

export function readAttachment(
  vault: OpenVault,
  id: string,
): { fileName: string; mediaType: MediaType; dataBase64: string } {
  const attachment = vault.db.select().from(attachments).where(eq(attachments.id, id)).get();
  if (!attachment) throw new AppError('NOT_FOUND', 'That attachment is not in the vault.');
  return {
    fileName: attachment.fileName,
    mediaType: attachment.mediaType as MediaType,
    dataBase64: attachment.bytes.toString('base64'),
  };
}
