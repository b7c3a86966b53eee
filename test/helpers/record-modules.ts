/**
 * Loaded with `node --import` by test/cli/module-graph.test.ts: appends the URL of every module the
 * process loads to the file named by RECORD_MODULES_TO, so a test can see a command's real module graph.
 */
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const out = process.env['RECORD_MODULES_TO'];
if (out !== undefined) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(out, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
