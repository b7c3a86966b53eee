/**
 * Whether two JSON values (as JSON.parse returns them, or as the mapping builds them) are equal:
 * same scalars, same arrays in order, objects with the same keys whatever their order. Anything else
 * (undefined members, class instances) compares by identity, so a difference is never missed; at
 * worst two equal values are taken for different. Node's isDeepStrictEqual answers the same for
 * these values, at several times the cost on the 20,000 states an export compares.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    count += 1;
    const value = left[key];
    if (value === undefined || !Object.hasOwn(right, key) || !jsonEqual(value, right[key])) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key)) count -= 1;
  return count === 0;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
