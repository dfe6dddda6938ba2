import { createHash } from 'node:crypto';

/** Hex SHA-256 of the raw bytes, so a re-encoded copy of a plan is recognisable as a different file. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
