/**
 * What a command may touch of the outside world. `main.ts` fills it from the process; tests fill it
 * with buffers and a temp directory, so commands run in-process exactly as they do from the shell.
 */
export interface CliContext {
  /** Directory holding `mappings/` and `state/` (default: the process working directory). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The clock, injected so that runs are reproducible in tests. */
  readonly now: () => Date;
  /** True when stdout is an interactive terminal (progress output, prompts). */
  readonly isTty: boolean;
}

/** Process exit codes, shared by every command (see README "Exit codes"). */
export const ExitCode = {
  /** Success, or nothing to change. */
  ok: 0,
  /** An error: bad input, invalid state, unreachable service. */
  error: 1,
  /** `plan --detailed-exitcode`: there are changes to apply. */
  changes: 2,
  /** A safety gate refused (count-drop guard, deletion threshold, stale plan, lock). */
  refused: 3,
  /** `apply` stopped by SIGHUP, SIGINT or SIGTERM (128 + the signal number, as shells report it). */
  hangup: 129,
  interrupted: 130,
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
