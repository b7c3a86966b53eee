import type { CliContext } from './context.ts';

export interface Progress {
  /** The count so far; redrawn at most every 100 ms. */
  update(count: number): void;
  /** Final count; ends the line. */
  done(count: number): void;
}

const silent: Progress = { update: () => undefined, done: () => undefined };

/**
 * A one-line counter on stderr (`reading the directory: 12,500 entries`), redrawn in place, for
 * runs that take seconds on a large directory. Only on a terminal: logs and `--json` consumers see
 * nothing of it.
 */
export function createProgress(ctx: CliContext, label: string, now = (): number => Date.now()): Progress {
  if (!ctx.isTty) return silent;
  let last = 0;
  let shown = false;
  const draw = (count: number): void => {
    ctx.stderr(`\r${label}: ${count.toLocaleString('en-US')} entries`);
    shown = true;
  };
  return {
    update(count) {
      const at = now();
      if (at - last < 100) return;
      last = at;
      draw(count);
    },
    done(count) {
      if (!shown && count === 0) return;
      draw(count);
      ctx.stderr('\n');
    },
  };
}
