import type { ResolvedConfig } from '../config/index.ts';

/** Same rule as schemas/user.schema.json `key`: the key becomes a file name. */
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * AD's objectGUID bytes as the canonical GUID string (first three groups little-endian). Undefined
 * when the value is not 16 bytes.
 */
export function guidBytesToString(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 16) return undefined;
  const hex = (from: number, to: number, reverse: boolean): string => {
    const slice = [...bytes.subarray(from, to)];
    return (reverse ? slice.reverse() : slice).map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  return `${hex(0, 4, true)}-${hex(4, 6, true)}-${hex(6, 8, true)}-${hex(8, 10, false)}-${hex(10, 16, false)}`;
}

export type KeyResult = { ok: true; key: string } | { ok: false; value: string; message: string };

/** The person's key from the configured identifier attribute. */
export function keyOf(
  entry: { attributes: Record<string, string[]>; binary?: Record<string, Buffer[]> },
  identifier: ResolvedConfig['source']['identifier'],
): KeyResult {
  const name = identifier.attribute.toLowerCase();
  const format = identifier.format;
  if (format === 'guid') {
    const bytes = entry.binary?.[name]?.[0];
    const text = entry.attributes[name]?.[0];
    // An LDIF export may carry the GUID already as text; accept it when it is one.
    const key = bytes !== undefined ? guidBytesToString(bytes) : text?.toLowerCase();
    if (key === undefined || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)) {
      const shown = bytes !== undefined ? `${bytes.length} bytes` : (text ?? '');
      return { ok: false, value: shown, message: `${identifier.attribute} is not a 16-byte GUID` };
    }
    return { ok: true, key };
  }
  const values = entry.attributes[name] ?? [];
  if (values.length !== 1) {
    return {
      ok: false,
      value: values.join(', '),
      message:
        values.length === 0
          ? `the identifier ${identifier.attribute} is missing`
          : `the identifier ${identifier.attribute} has ${values.length} values`,
    };
  }
  const key = format === 'uuid' ? values[0]!.trim().toLowerCase() : values[0]!.trim();
  if (format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key)) {
    return { ok: false, value: values[0]!, message: `${identifier.attribute} is not a UUID` };
  }
  if (!KEY_PATTERN.test(key)) {
    return {
      ok: false,
      value: values[0]!,
      message: `${identifier.attribute} cannot be a key: 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    };
  }
  return { ok: true, key };
}
