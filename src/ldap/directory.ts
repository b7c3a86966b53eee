import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { Attribute, Change, Client, type Entry, ResultCodeError } from 'ldapts';
import { type DirectoryEntry, isUnder } from './entry.ts';
import { LdapError, wrapLdapError } from './errors.ts';
import { type FilterNode, matchesFilter, parseFilter, toLdaptsFilter } from './filter.ts';
import { parseLdif } from './parse-ldif.ts';
import { MAPPING_DEFAULTS } from '../config/index.ts';

export interface SearchRequest {
  /** Every base is searched and the results concatenated, in the order given. */
  baseDns: readonly string[];
  /** A parsed filter, or filter text from mappings/ (default `(objectClass=*)`). */
  filter?: FilterNode | string;
  /** Default `sub`. */
  scope?: 'sub' | 'one';
  /**
   * Attributes to return: only what the mapping reads (default: none but the DN). Names are
   * case-insensitive; values come back under lower-cased names.
   */
  attributes?: readonly string[];
  /** Attributes returned as bytes in `DirectoryEntry.binary` (default `objectGUID`, `objectSid`). */
  binaryAttributes?: readonly string[];
  /** RFC 2696 page size. (Default: mappings/ source.pageSize's default, below the 1000 size limit of both OpenLDAP and AD) */
  pageSize?: number;
}

/** What export reads people from: a live directory or an LDIF file, with the same behaviour. */
export interface DirectorySource extends AsyncDisposable {
  /** Entries page by page (memory stays flat); the generator ends when every base is exhausted. */
  searchEntries(request: SearchRequest): AsyncGenerator<DirectoryEntry>;
  close(): Promise<void>;
}

/** One operation of an LDAP modify: `delete` with no values removes the attribute. */
export interface DirectoryModification {
  operation: 'add' | 'replace' | 'delete';
  attribute: string;
  values: string[];
}

/** A live directory: what export reads, plus the modify that write-back needs. */
export interface Directory extends DirectorySource {
  /** One LDAP modify request: all the operations apply, or none (RFC 4511 §4.6). */
  modify(dn: string, modifications: readonly DirectoryModification[]): Promise<void>;
}

export interface DirectoryOptions {
  /** `ldap://host[:port]` or `ldaps://host[:port]`. */
  url: string;
  /** Upgrade an ldap:// connection with StartTLS before binding (default false; ignored for ldaps://). */
  starttls?: boolean;
  /** PEM CA certificate(s) to trust instead of the system CAs. */
  ca?: string | Buffer;
  /** File holding `ca`; read when the directory is opened. */
  caFile?: string;
  /**
   * Verify the server certificate (default true). Only a test against a throw-away server should
   * turn this off.
   */
  verifyCertificate?: boolean;
  /** Bind DN or AD user principal name; omit for an anonymous bind. */
  bindDn?: string;
  /** Bind password, resolved by the caller from the environment. Never logged or put in errors. */
  bindPassword?: string;
  /** Connect and operation timeout in ms. (Default: mappings/ source.timeoutMs's default) */
  timeoutMs?: number;
}

const DEFAULT_BINARY = ['objectGUID', 'objectSid'];

/**
 * Connects and binds. Use with `await using`: the connection is closed (unbind) however the caller
 * leaves, including after a failed bind, where ldapts would otherwise keep the socket open.
 */
export async function openDirectory(options: DirectoryOptions): Promise<Directory> {
  const secure = options.url.toLowerCase().startsWith('ldaps://');
  if (!secure && !options.url.toLowerCase().startsWith('ldap://')) {
    throw new LdapError('connect', options.url, 'the URL must start with ldap:// or ldaps://');
  }
  let ca = options.ca;
  if (ca === undefined && options.caFile !== undefined) {
    try {
      ca = await readFile(options.caFile);
    } catch (error) {
      throw new LdapError('connect', options.url, `cannot read the CA file ${options.caFile}`, {
        cause: error,
      });
    }
  }
  const tlsOptions = {
    rejectUnauthorized: options.verifyCertificate ?? true,
    ...(ca === undefined ? {} : { ca }),
  };
  const timeout = options.timeoutMs ?? MAPPING_DEFAULTS.SourceConfig.timeoutMs;
  // ldapts opens a TLS socket whenever tlsOptions are given, so ldap:// gets them only at StartTLS.
  const client = new Client({
    url: options.url,
    timeout,
    connectTimeout: timeout,
    strictDN: false,
    ...(secure ? { tlsOptions } : {}),
  });
  try {
    if (options.starttls === true && !secure) {
      // ldapts upgrades the socket without naming the host, so Node would check the certificate
      // against "localhost": give the URL's host (and SNI for a name; RFC 6066 forbids an IP there).
      const host = new URL(options.url).hostname.replace(/^\[(.*)\]$/, '$1');
      try {
        await client.startTLS({ ...tlsOptions, host, ...(isIP(host) === 0 ? { servername: host } : {}) });
      } catch (error) {
        throw wrapLdapError('starttls', options.url, error);
      }
    }
    if (options.bindDn !== undefined) {
      try {
        await client.bind(options.bindDn, options.bindPassword ?? '');
      } catch (error) {
        throw wrapLdapError('bind', `${options.bindDn} at ${options.url}`, error);
      }
    }
  } catch (error) {
    await client.unbind().catch(() => undefined);
    throw error;
  }

  const close = async (): Promise<void> => {
    await client.unbind().catch(() => undefined);
  };
  return {
    async *searchEntries(request) {
      const filter = toLdaptsFilter(
        typeof request.filter === 'string'
          ? parseFilter(request.filter)
          : (request.filter ?? parseFilter('(objectClass=*)')),
      );
      const binary = request.binaryAttributes ?? DEFAULT_BINARY;
      const binarySet = new Set(binary.map((name) => name.toLowerCase()));
      // '1.1' asks for no attributes at all (RFC 4511 4.5.1.8): just the DNs.
      const attributes =
        request.attributes === undefined || request.attributes.length === 0
          ? ['1.1']
          : [...request.attributes];
      for (const base of request.baseDns) {
        try {
          const pages = client.searchPaginated(base, {
            scope: request.scope ?? 'sub',
            filter,
            attributes,
            explicitBufferAttributes: [...binary],
            paged: { pageSize: request.pageSize ?? MAPPING_DEFAULTS.SourceConfig.pageSize },
          });
          yield* prefetched(pages, binarySet);
        } catch (error) {
          // Without a bind, the first search opens the connection: a failure that is not a server
          // answer (certificate rejected, connection lost) is about the server, so name its URL.
          const subject = error instanceof ResultCodeError ? base : `${base} at ${options.url}`;
          throw wrapLdapError('search', subject, error);
        }
      }
    },
    async modify(dn, modifications) {
      const changes = modifications.map(
        (m) =>
          new Change({
            operation: m.operation,
            modification: new Attribute({ type: m.attribute, values: [...m.values] }),
          }),
      );
      try {
        await client.modify(dn, changes);
      } catch (error) {
        throw wrapLdapError('modify', dn, error);
      }
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/**
 * The pages of a paged search, the next one requested before the current one is handed over: the
 * server reads and encodes page n + 1 while the caller maps page n.
 */
async function* prefetched(
  pages: AsyncGenerator<{ searchEntries: Entry[] }>,
  binarySet: ReadonlySet<string>,
): AsyncGenerator<DirectoryEntry> {
  let next = pages.next();
  let done = false;
  try {
    for (;;) {
      const page = await next;
      if (page.done === true) {
        done = true;
        return;
      }
      // Resumes ldapts' generator up to its next request, which it sends before awaiting the answer.
      next = pages.next();
      for (const entry of page.value.searchEntries) yield fromLdapts(entry, binarySet);
    }
  } finally {
    if (!done) {
      // The caller stopped early (or a page failed): the request in flight is not waited for, and
      // its failure, if any, is nobody's to report.
      next.catch(() => undefined);
      await pages.return(undefined).catch(() => undefined);
    }
  }
}

/**
 * ldapts' entry (its own conversion of the BER message, which its public API always makes) in one
 * pass to ours: names lower-cased, every value a list, bytes only for the binary attributes.
 */
function fromLdapts(entry: Entry, binarySet: ReadonlySet<string>): DirectoryEntry {
  const attributes: Record<string, string[]> = {};
  const result: DirectoryEntry = { dn: entry.dn, attributes };
  for (const name in entry) {
    if (name === 'dn' || !Object.hasOwn(entry, name)) continue;
    const raw = entry[name]!;
    const key = name.toLowerCase();
    if (binarySet.has(key)) {
      const values = Array.isArray(raw) ? raw : [raw];
      if (values.length === 0) continue;
      const list = ((result.binary ??= {})[key] ??= []);
      for (const v of values) list.push(typeof v === 'string' ? Buffer.from(v, 'utf8') : v);
    } else if (typeof raw === 'string') {
      const list = attributes[key];
      if (list === undefined) attributes[key] = [raw];
      else list.push(raw);
    } else {
      const values = Array.isArray(raw) ? raw : [raw];
      if (values.length === 0) continue;
      const list = (attributes[key] ??= []);
      for (const v of values) list.push(typeof v === 'string' ? v : v.toString('utf8'));
    }
  }
  return result;
}

/**
 * An LDIF file standing in for the directory (`--source ldif:path`): same entries, same base DN
 * scope, same filter semantics (see `matchesFilter`) and same attribute selection as the server.
 */
export async function openLdifSource(path: string): Promise<DirectorySource> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LdapError('read-ldif', path, 'cannot read the file', { cause: error });
  }
  return ldifSource(parseLdif(text, path));
}

/** The LDIF source over entries already parsed (tests, demo). */
export function ldifSource(entries: readonly DirectoryEntry[]): DirectorySource {
  const close = (): Promise<void> => Promise.resolve();
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- same async-generator contract as the server source
    async *searchEntries(request) {
      const filter = typeof request.filter === 'string' ? parseFilter(request.filter) : request.filter;
      const wanted = new Set((request.attributes ?? []).map((a) => a.toLowerCase()));
      const all = wanted.has('*');
      for (const base of request.baseDns) {
        for (const entry of entries) {
          if (!isUnder(entry.dn, base, request.scope ?? 'sub')) continue;
          if (filter !== undefined && !matchesFilter(entry, filter)) continue;
          yield project(entry, wanted, all);
        }
      }
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

function project(entry: DirectoryEntry, wanted: ReadonlySet<string>, all: boolean): DirectoryEntry {
  const out: DirectoryEntry = { dn: entry.dn, attributes: {} };
  for (const [name, values] of Object.entries(entry.attributes))
    if (all || wanted.has(name)) out.attributes[name] = [...values];
  for (const [name, values] of Object.entries(entry.binary ?? {})) {
    if (all || wanted.has(name)) (out.binary ??= {})[name] = [...values];
  }
  return out;
}

/** Opens `ldif:<path>` as an LDIF source, anything else as a directory URL with `options`. */
export async function openSource(
  spec: string,
  options: Omit<DirectoryOptions, 'url'> = {},
): Promise<DirectorySource> {
  if (spec.startsWith('ldif:')) return openLdifSource(spec.slice('ldif:'.length));
  return openDirectory({ ...options, url: spec });
}

/** AD: the ACCOUNTDISABLE bit (0x2) of userAccountControl. */
export function isAdDisabled(entry: DirectoryEntry): boolean {
  const value = entry.attributes['useraccountcontrol']?.[0];
  return value !== undefined && /^\d+$/.test(value) && (Number(value) & 0x2) !== 0;
}
