import { errors } from './errors.ts';

/** A list column: its value for one row (null sorts last, as in PostgreSQL ascending order). */
export type Column<Row> = (row: Row) => string | number | boolean | null;

export interface ListConfig<Row> {
  columns: Record<string, Column<Row>>;
  /** Columns the `search` term is matched against (case-insensitive substring, SQL ILIKE). */
  search: readonly string[];
  defaultSort: string;
}

export interface ListPage<Row> {
  total: number;
  rows: Row[];
}

const POSITIVE = /^[0-9]+$/;

function parseCount(name: string, raw: string | undefined, strictlyPositive: boolean): number | undefined {
  if (raw === undefined) return undefined;
  if (!POSITIVE.test(raw)) throw errors.wrongType(name, 'positive number');
  const value = Number(raw);
  if (strictlyPositive && value === 0) throw errors.wrongType(name, 'positive number');
  return value;
}

const RESERVED = new Set(['limit', 'offset', 'skip', 'order', 'direction', 'search', 'q', 'view']);

/**
 * The xivo-dao search semantics: exact filters on known columns, then `search`, then the count
 * (`total`), then order and paging. Unknown parameters are ignored. Sorting is O(n log n) on
 * precomputed keys, which keeps 20k-row lists fast.
 */
export function listRows<Row>(
  rows: Iterable<Row>,
  query: URLSearchParams,
  config: ListConfig<Row>,
  extraFilter?: (row: Row) => boolean,
): ListPage<Row> {
  const limit = parseCount('limit', query.get('limit') ?? undefined, true);
  const offset = parseCount('offset', query.get('offset') ?? query.get('skip') ?? undefined, false) ?? 0;
  const order = query.get('order') ?? config.defaultSort;
  const orderColumn = config.columns[order];
  if (!orderColumn) throw errors.invalidOrdering(order);
  const direction = query.get('direction') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') throw errors.invalidDirection();

  const filters: Array<[Column<Row>, string]> = [];
  for (const [name, value] of query) {
    const column = config.columns[name];
    if (column && !RESERVED.has(name)) filters.push([column, value]);
  }
  const term = (query.get('search') ?? query.get('q') ?? '').toLowerCase();
  const searchColumns = config.search.map((name) => config.columns[name]).filter((c) => c !== undefined);

  const kept: Row[] = [];
  for (const row of rows) {
    if (extraFilter && !extraFilter(row)) continue;
    if (!filters.every(([column, value]) => String(column(row)) === value)) continue;
    if (term !== '') {
      const hit = searchColumns.some((column) => {
        const value = column(row);
        return value !== null && String(value).toLowerCase().includes(term);
      });
      if (!hit) continue;
    }
    kept.push(row);
  }

  const keyed = kept.map((row) => {
    const value = orderColumn(row);
    return { row, key: typeof value === 'string' ? value.toLowerCase() : value };
  });
  const sign = direction === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.key === b.key) return 0;
    // NULLS LAST in ascending order, NULLS FIRST in descending order, as PostgreSQL does.
    if (a.key === null) return sign;
    if (b.key === null) return -sign;
    return (a.key < b.key ? -1 : 1) * sign;
  });
  const end = limit === undefined ? undefined : offset + limit;
  return { total: kept.length, rows: keyed.slice(offset, end).map((k) => k.row) };
}
