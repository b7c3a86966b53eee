/** Code-unit order, the same on every machine (localeCompare is not): keys, DNs and kinds sort by it. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
