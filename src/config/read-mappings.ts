import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { ResolvedConfig } from './resolve-config.ts';
import { readBoundedFile, type Issue } from '../state/index.ts';
import { validateMapping } from './validate-mapping.ts';

export interface MappingsRead {
  /** The merged, validated configuration with defaults applied; undefined when there is any issue. */
  config: ResolvedConfig | undefined;
  issues: Issue[];
  /** The mapping files read, relative to the repository (`mappings/site.yml`), sorted. */
  files: string[];
}

/** Anchors and aliases are fine for sharing a condition; thousands of them are an attack. */
const MAX_ALIASES = 100;

/**
 * Reads every `*.yml` / `*.yaml` file of the mappings directory (sorted by name) and merges them.
 * Each top-level key (source, sites, ...) may come from exactly one file: a key defined twice is an
 * error naming both files, so a setting can never be silently overridden by another file.
 * Never throws for bad content; issues carry the file (and YAML line/column where known).
 */
export async function readMappings(dir: string): Promise<MappingsRead> {
  const root = path.resolve(dir);
  const display = (full: string): string => path.relative(path.dirname(root), full).split(path.sep).join('/');
  const issues: Issue[] = [];

  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const message = code === 'ENOENT' ? 'directory not found' : `cannot be listed (${code})`;
    return {
      config: undefined,
      issues: [{ file: `${display(root)}/`, pointer: '', message, rule: 'missing-mappings' }],
      files: [],
    };
  }
  if (names.length === 0) {
    return {
      config: undefined,
      issues: [
        {
          file: `${display(root)}/`,
          pointer: '',
          message: 'no mapping file (*.yml) found',
          rule: 'missing-mappings',
        },
      ],
      files: [],
    };
  }

  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  const files: string[] = [];
  const documents = new Map<string, ParsedYaml>();
  for (const name of names) {
    const full = path.join(root, name);
    const file = display(full);
    files.push(file);
    const read = await readBoundedFile(root, full, file);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const parsed = parseYaml(read.text, file);
    if ('issues' in parsed) {
      issues.push(...parsed.issues);
      continue;
    }
    documents.set(file, parsed);
    for (const [key, value] of Object.entries(parsed.content)) {
      // Every file may name the schema for editor support; it is not configuration.
      if (key === '$schema') continue;
      const first = owner.get(key);
      if (first !== undefined) {
        issues.push({
          file,
          line: lineOf(parsed, [key]),
          pointer: `/${key}`,
          message: `top-level key '${key}' is already defined in ${first}; each key may come from one file only`,
          rule: 'duplicate-key',
        });
        continue;
      }
      owner.set(key, file);
      merged[key] = value;
    }
  }
  if (issues.length > 0) return { config: undefined, issues, files };

  const fallback = files.length === 1 ? files[0]! : `${display(root)}/`;
  const result = validateMapping(merged, fallback, (key) => owner.get(key) ?? fallback);
  return result.ok
    ? { config: result.config, issues: [], files }
    : {
        config: undefined,
        issues: result.issues.map((issue) => withLine(issue, documents.get(issue.file))),
        files,
      };
}

interface ParsedYaml {
  content: Record<string, unknown>;
  doc: Document;
  lineCounter: LineCounter;
}

/** Adds the YAML line of the node an issue points at (or of its nearest existing ancestor). */
function withLine(issue: Issue, parsed: ParsedYaml | undefined): Issue {
  if (parsed === undefined || issue.pointer === '') return issue;
  const segments = issue.pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  const line = lineOf(parsed, segments);
  return line === undefined ? issue : { ...issue, line };
}

function lineOf({ doc, lineCounter }: ParsedYaml, segments: readonly string[]): number | undefined {
  for (let length = segments.length; length > 0; length--) {
    // Sequence items are addressed by number, map entries by key.
    const path = segments.slice(0, length).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
    const node: unknown = doc.getIn(path, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

function parseYaml(text: string, file: string): ParsedYaml | { issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((error) => {
        const where = error.linePos?.[0];
        const location = where ? ` at line ${where.line}, column ${where.col}` : '';
        // prettyErrors appends a source excerpt on later lines; the location is enough.
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
        return { file, pointer: '', message: `invalid YAML${location}: ${reason}`, rule: 'yaml-syntax' };
      }),
    };
  }
  if (!isMap(doc.contents)) {
    return {
      issues: [
        {
          file,
          pointer: '',
          message: 'must be a YAML mapping of top-level keys (source:, sites:, ...)',
          rule: 'yaml-shape',
        },
      ],
    };
  }
  try {
    return { content: doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>, doc, lineCounter };
  } catch (error) {
    return {
      issues: [
        { file, pointer: '', message: `invalid YAML: ${(error as Error).message}`, rule: 'yaml-syntax' },
      ],
    };
  }
}
