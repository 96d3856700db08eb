import { createHash } from 'node:crypto';

/** A short, stable digest of plain data (JSON-serialisable; dates as their ISO strings). */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}
