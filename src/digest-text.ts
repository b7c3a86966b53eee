import { hash } from 'node:crypto';

/**
 * SHA-256 (base64) of a text: what the export cache keeps instead of the text itself, so that it
 * holds no personal data.
 */
export function digestText(text: string): string {
  return hash('sha256', text, 'base64');
}
