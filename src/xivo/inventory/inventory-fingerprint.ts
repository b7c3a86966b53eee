import { createHash } from 'node:crypto';
import type { Inventory } from './types.ts';
import { compareText } from '../../compare-text.ts';

/**
 * sha256 (hex) of the inventory's canonical JSON (object keys sorted at every level), so equal
 * inventories give equal fingerprints whatever order their properties were built in.
 */
export function inventoryFingerprint(inventory: Inventory): string {
  return createHash('sha256').update(canonicalJson(inventory)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
