import type { Issue } from './state/index.ts';

/**
 * Every error the tool throws on purpose is a ReconcilerError subclass carrying the subject it failed
 * on (file + JSON pointer, DN, HTTP method + path). `cli/main.ts` is the only place that turns them
 * into output and exit codes.
 */
export type ErrorCode =
  | 'USAGE'
  | 'STATE_INVALID'
  | 'MAPPING_INVALID'
  | 'CONFIG'
  | 'LDAP'
  | 'XIVO_HTTP'
  | 'GIT'
  | 'FORGE'
  | 'SMTP'
  | 'SAFETY'
  | 'LOCK'
  | 'INTERNAL';

export interface ReconcilerErrorOptions extends ErrorOptions {
  /** The problems behind the error, each with its file and JSON pointer (invalid mappings/ or state/). */
  issues?: readonly Issue[];
}

export class ReconcilerError extends Error {
  readonly code: ErrorCode;
  /** The problems behind the error, listed one per line by the CLI before its message. */
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, options?: ReconcilerErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}

/** Wrong command-line usage or an impossible combination of options. */
export class UsageError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('USAGE', message, options);
  }
}

/** Missing or invalid configuration (mapping files, environment variables). */
export class ConfigError extends ReconcilerError {
  constructor(message: string, options?: ReconcilerErrorOptions) {
    super('CONFIG', message, options);
  }
}

/** A safety gate refused to proceed (count-drop guard, deletion threshold, stale plan). Exit code 3. */
export class SafetyError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('SAFETY', message, options);
  }
}

/** A state that should be impossible: a bug in this tool. */
export class InternalError extends ReconcilerError {
  constructor(message: string, options?: ErrorOptions) {
    super('INTERNAL', message, options);
  }
}

/** Renders an error and its `cause` chain on one line per level, for humans. */
export function formatErrorChain(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    const message = current instanceof Error ? current.message : JSON.stringify(current);
    lines.push(depth === 0 ? message : `${'  '.repeat(depth)}caused by: ${message}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join('\n');
}
