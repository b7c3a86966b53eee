/**
 * Orders strings by UTF-16 code unit, as `<` does. Not `localeCompare`: state files, plans, allocation
 * and reports must come out the same on every machine, whatever its locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
