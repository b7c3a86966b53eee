import { describe, expect, it } from 'vitest';
import {
  computePlan,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText,
  sipUsername,
  type Plan,
} from '../../src/plan/index.ts';
import { buildLineOnlyUser } from '../helpers/builders.ts';
import { InventoryBuilder } from './builders.ts';

/** A plan with one of each: new hire, renumbered + drifted update, removal, problem, refusal. */
function mixedPlan(): Plan {
  const b = new InventoryBuilder();
  const bob = b.user({
    firstname: 'Bob',
    lastname: 'Edited',
    email: 'bob@example.com',
    username: 'bob',
    userfield: 'bob',
  });
  b.line({ context: 'default', sip: sipUsername('bob'), exten: '1001', user: bob });
  const carol = b.user({
    firstname: 'Carol',
    lastname: 'Gone',
    email: 'carol@example.com',
    userfield: 'carol',
  });
  b.line({ context: 'default', sip: sipUsername('carol'), exten: '1002', user: carol });
  b.voicemail({ number: '1002', context: 'default', name: 'Carol Gone', user: carol });
  const alice = buildLineOnlyUser('alice', {
    did: { number: '+33123456742', exten: '0123456742', context: 'from-extern' },
    voicemail: { number: '1042', context: 'default', name: 'Alice <Martin>' },
  });
  const dave = buildLineOnlyUser('dave', {
    user: { firstname: 'Dave', lastname: 'Blocked', email: 'dave@example.com', username: 'dave' },
    line: { context: 'default', extension: '1043' },
    callPermissions: ['missing'],
  });
  const bobState = buildLineOnlyUser('bob', {
    user: { firstname: 'Bob', lastname: 'Durand', email: 'bob@example.com', username: 'bob' },
    line: { context: 'default', extension: '1005' },
  });
  return computePlan([alice, bobState, dave], b.inv, {
    keyField: 'userfield',
    adoptBy: ['email', 'username'],
    now: new Date('2026-11-26T12:00:00Z'),
    maxDeletes: { users: { count: 0 } },
    lastApplied: new Map([
      ['bob', buildLineOnlyUser('bob', { user: { firstname: 'Bob', lastname: 'Durand' } })],
    ]),
  });
}

describe('plan renderers', () => {
  it('renders text: refusal, summary table, then each person', () => {
    expect(renderPlanText(mixedPlan())).toMatchInlineSnapshot(`
      "XiVO plan (inventory fp-test, agents: confd)

      REFUSED by the deletion threshold:
        would delete 1 users, above the limit (0); review and re-run with --allow-deletions 1

        create          1
        adopt           0
        update          1
        disable         0
        enable          0
        delete          1
        unchanged       0
        blocked         1
        renumber        1
        drift           1
        problems        1
        steps          21

      + Alice Martin [alice] create
          email: (unset) → "alice@example.com"
          enabled: (unset) → true
          firstname: (unset) → "Alice"
          lastname: (unset) → "Martin"
          userfield: (unset) → "alice"
          username: (unset) → "alice"
          line: create 1042@default
          did: create +33123456742 (0123456742@from-extern)
          voicemail: create 1042@default

      ~ Bob Durand [bob] update
          lastname: "Edited" → "Durand"
          line: update 1001@default → 1005@default
          renumber extension: 1001@default → 1005@default
          drift lastname: XiVO has "Edited", state says "Durand"

      - Carol Gone [carol] delete
          voicemail: delete 1002@default
          line: delete 1002@default

      ! Dave Blocked [dave] blocked
          problem: not created: call permission 'missing' does not exist in XiVO
      "
    `);
  });

  it('renders markdown for a pull request comment', () => {
    expect(renderPlanMarkdown(mixedPlan())).toMatchInlineSnapshot(`
      "### XiVO plan

      Agents: confd

      > [!CAUTION]
      > **Refused by the deletion threshold**
      > - would delete 1 users, above the limit (0); review and re-run with --allow-deletions 1

      | create | adopt | update | disable | enable | delete | unchanged | blocked | renumber | drift | problems | steps |
      |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
      | 1 | 0 | 1 | 0 | 0 | 1 | 0 | 1 | 1 | 1 | 1 | 21 |

      **Renumbering** (1): Bob Durand

      > [!WARNING]
      > **Problems** (1): XiVO would refuse these, so they are not planned: Dave Blocked

      **Drift** (edited in XiVO by hand): Bob Durand

      <details><summary><code>+</code> Alice Martin (<code>alice</code>): create</summary>

      \`\`\`text
      email: (unset) → "alice@example.com"
      enabled: (unset) → true
      firstname: (unset) → "Alice"
      lastname: (unset) → "Martin"
      userfield: (unset) → "alice"
      username: (unset) → "alice"
      line: create 1042@default
      did: create +33123456742 (0123456742@from-extern)
      voicemail: create 1042@default
      \`\`\`

      </details>
      <details><summary><code>~</code> Bob Durand (<code>bob</code>): update</summary>

      \`\`\`text
      lastname: "Edited" → "Durand"
      line: update 1001@default → 1005@default
      renumber extension: 1001@default → 1005@default
      drift lastname: XiVO has "Edited", state says "Durand"
      \`\`\`

      </details>
      <details><summary><code>-</code> Carol Gone (<code>carol</code>): delete</summary>

      \`\`\`text
      voicemail: delete 1002@default
      line: delete 1002@default
      \`\`\`

      </details>
      <details><summary><code>!</code> Dave Blocked (<code>dave</code>): blocked</summary>

      \`\`\`text
      problem: not created: call permission 'missing' does not exist in XiVO
      \`\`\`

      </details>
      "
    `);
  });

  it('says what it truncated when the comment would be too long', () => {
    const b = new InventoryBuilder();
    const states = Array.from({ length: 400 }, (_, i) =>
      buildLineOnlyUser(`p${String(i).padStart(4, '0')}`, {
        line: { context: 'default', extension: String(1000 + i) },
      }),
    );
    const plan = computePlan(states, b.inv, {
      keyField: 'userfield',
      adoptBy: ['email', 'username'],
      now: new Date('2026-11-26T12:00:00Z'),
    });

    const text = renderPlanMarkdown(plan, 20_000);

    expect(text.length).toBeLessThanOrEqual(20_000);
    const shown = text.split('<details>').length - 1;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(
      `_Truncated: ${400 - shown} of 400 changed people not shown to stay under 20000 characters.`,
    );
    expect(renderPlanMarkdown(plan).length).toBeLessThanOrEqual(60_000);
  });

  it('says when there is nothing to do', () => {
    const plan = computePlan([], new InventoryBuilder().inv, {
      keyField: 'userfield',
      adoptBy: ['email', 'username'],
      now: new Date(),
    });

    expect(renderPlanText(plan)).toContain('No changes: XiVO matches the state.');
    expect(renderPlanMarkdown(plan)).toContain('No changes: XiVO matches the state.');
  });

  it('renders JSON that reads back to the same plan', () => {
    const plan = mixedPlan();

    const text = renderPlanJson(plan);

    expect(JSON.parse(text)).toEqual(plan);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
