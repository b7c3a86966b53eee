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
 * Filtered and sorted row lists of one store version. A reader pages through a 20k-row table in
 * pages of 1,000; filtering and sorting it again for each page made the emulator the bottleneck of
 * `fetchInventory()`. Any change of the version (every store write) drops every list, since list
 * columns read associations and other tables (a user's `exten`, a line's `name`).
 */
export class ListCache {
  private version: number | undefined;
  private readonly lists = new Map<string, readonly unknown[]>();

  private readonly capacity: number;

  /** `capacity` bounds the memory: one array of row references per distinct query. */
  constructor(capacity = 32) {
    this.capacity = capacity;
  }

  get<Row>(version: number, key: string, build: () => Row[]): readonly Row[] {
    if (version !== this.version) {
      this.lists.clear();
      this.version = version;
    }
    const cached = this.lists.get(key);
    if (cached) {
      // Least recently used goes first: re-inserting moves the key to the end of the map.
      this.lists.delete(key);
      this.lists.set(key, cached);
      return cached as readonly Row[];
    }
    const list = build();
    if (this.lists.size >= this.capacity) {
      const oldest = this.lists.keys().next();
      if (!oldest.done) this.lists.delete(oldest.value);
    }
    this.lists.set(key, list);
    return list;
  }
}

/** Where to keep the sorted list between pages: the cache, the store version and the list's name. */
export interface ListMemo {
  cache: ListCache;
  version: number;
  name: string;
}

/** Parameters that only pick the page; every other one may change the rows (or may some day). */
const PAGING = new Set(['limit', 'offset', 'skip']);

/**
 * The xivo-dao search semantics: exact filters on known columns, then `search`, then the count
 * (`total`), then order and paging. Unknown parameters are ignored. Sorting is O(n log n) on
 * precomputed keys; with a `memo`, the sorted list is reused by the next pages of the same query
 * until the store changes, as a real confd querying its database would see the same rows.
 * The memo key holds every parameter but the paging ones, in request order, so that it also covers
 * parameters read by `extraFilter` (such as `type` on extensions).
 */
export function listRows<Row>(
  rows: Iterable<Row>,
  query: URLSearchParams,
  config: ListConfig<Row>,
  extraFilter?: (row: Row) => boolean,
  memo?: ListMemo,
): ListPage<Row> {
  const limit = parseCount('limit', query.get('limit') ?? undefined, true);
  const offset = parseCount('offset', query.get('offset') ?? query.get('skip') ?? undefined, false) ?? 0;
  const order = query.get('order') ?? config.defaultSort;
  const orderColumn = config.columns[order];
  if (!orderColumn) throw errors.invalidOrdering(order);
  const direction = query.get('direction') ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') throw errors.invalidDirection();

  const build = (): Row[] => filterAndSort(rows, query, config, orderColumn, direction, extraFilter);
  let sorted: readonly Row[];
  if (memo) {
    const selection = [...query].filter(([name]) => !PAGING.has(name));
    // `order` and `direction` may be absent from the query: their effective values go in the key.
    const key = JSON.stringify([memo.name, order, direction, selection]);
    sorted = memo.cache.get(memo.version, key, build);
  } else {
    sorted = build();
  }
  const end = limit === undefined ? undefined : offset + limit;
  return { total: sorted.length, rows: sorted.slice(offset, end) };
}

function filterAndSort<Row>(
  rows: Iterable<Row>,
  query: URLSearchParams,
  config: ListConfig<Row>,
  orderColumn: Column<Row>,
  direction: 'asc' | 'desc',
  extraFilter: ((row: Row) => boolean) | undefined,
): Row[] {
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
  return keyed.map((k) => k.row);
}
