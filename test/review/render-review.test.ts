import { describe, expect, it } from 'vitest';
import {
  type ChangedFile,
  GITHUB_BODY_LIMIT,
  personChanges,
  renderReviewMarkdown,
  renderReviewText,
  reviewJson,
  reviewSummary,
} from '../../src/review/index.ts';
import { renderStateFile } from '../../src/state/index.ts';
import type { UserState } from '../../src/state/index.ts';
import { buildUser } from '../helpers/builders.ts';

function changed(before: UserState | undefined, after: UserState | undefined): ChangedFile {
  const key = (after ?? before)!.key;
  const side = (state: UserState | undefined) =>
    state === undefined ? undefined : { state, text: renderStateFile(state) };
  return { file: `state/users/${key}.json`, before: side(before), after: side(after) };
}

const alice = buildUser('42', {
  user: { firstname: 'Alice', lastname: 'Martin', email: 'alice@example.com' },
  agent: { number: '86742', context: 'default' },
});

describe('personChanges', () => {
  it('tells a new person by what they get: extension, DID for humans, voicemail, agent', () => {
    const [change] = personChanges([changed(undefined, alice)]);
    expect(change).toMatchObject({ key: '42', name: 'Alice Martin', site: 'paris', kind: 'new' });
    expect(change!.details).toEqual(['ext 6742, DID +33 1 23 45 67 42, voicemail 6742, agent 86742']);
  });

  it('calls a changed extension a renumbering, and lists the e-mail change beside it', () => {
    const after: UserState = {
      ...alice,
      user: { ...alice.user, email: 'alice.martin@example.com' },
      line: { context: 'default', extension: '6744' },
      voicemail: { ...alice.voicemail!, number: '6744' },
    };
    const [change] = personChanges([changed(alice, after)]);
    expect(change!.kind).toBe('renumbered');
    expect(change!.details).toContain('ext 6742 → 6744 (renumbered)');
    expect(change!.details).toContain('e-mail alice@example.com → alice.martin@example.com');
    // The voicemail follows the extension: not said twice.
    expect(change!.details.join(';')).not.toContain('voicemail 6742');
  });

  it('says since when a person is disabled, that they keep their numbers, and what a removal releases', () => {
    const disabled: UserState = { ...alice, status: 'disabled', since: '2026-11-20' };
    const changes = personChanges([changed(alice, disabled), changed(buildUser('10'), undefined)]);
    const byKind = Object.fromEntries(changes.map((c) => [c.kind, c.details.join('; ')]));
    expect(byKind['disabled']).toMatch(/^disabled since 2026-11-20 .*keeps ext 6742/);
    expect(byKind['removed']).toBe(
      'removed after the grace period; ext 6710, DID +33 1 23 45 67 10, voicemail 6710 released to quarantine',
    );
  });

  it('names added and removed resources, call permissions, a site move and a directory move', () => {
    const after: UserState = {
      ...alice,
      did: null,
      agent: null,
      site: 'lyon',
      dn: 'uid=amartin,ou=lyon,dc=example,dc=com',
      callPermissions: ['international'],
    };
    const [change] = personChanges([changed(alice, after)]);
    expect(change!.kind).toBe('updated');
    expect(change!.details).toEqual(
      expect.arrayContaining([
        'DID +33 1 23 45 67 42 removed',
        'agent 86742 removed',
        'site paris → lyon (moved)',
        'call permissions +international, −national',
        `directory entry ${alice.dn} → uid=amartin,ou=lyon,dc=example,dc=com (moved or renamed)`,
      ]),
    );
  });

  it('shows a file that does not parse as unreadable rather than hiding it', () => {
    const file: ChangedFile = {
      file: 'state/users/7.json',
      before: undefined,
      after: { error: 'invalid JSON at line 1, column 2', text: '{x' },
    };
    expect(personChanges([file])).toMatchObject([
      { key: '7', kind: 'unreadable', details: ['invalid JSON at line 1, column 2'] },
    ]);
  });
});

describe('rendering', () => {
  const people = [
    changed(undefined, alice),
    changed(buildUser('10'), { ...buildUser('10'), status: 'disabled', since: '2026-11-20' }),
  ];
  const rejected = [
    {
      dn: 'uid=x,ou=people,dc=example,dc=com',
      attribute: 'telephonenumber',
      value: '+33 4 72 99',
      rule: 'sites[1].did',
      message: 'outside the ranges',
    },
  ];

  it('summarises by kind, with the rejected entries', () => {
    expect(reviewSummary({ changes: personChanges(people), rejected })).toBe('1 new, 1 disabled, 1 rejected');
    expect(reviewSummary({ changes: [] })).toBe('no change');
  });

  it('prints one line per person in text, as + ~ - marks', () => {
    const text = renderReviewText({ changes: personChanges(people), rejected, validation: { problems: [] } });
    expect(text).toContain(
      '+ Alice Martin (paris): ext 6742, DID +33 1 23 45 67 42, voicemail 6742, agent 86742\n',
    );
    expect(text).toMatch(/^- Zoé Test-10 \(paris\): disabled since 2026-11-20/m);
    expect(text).toContain(
      '! rejected uid=x,ou=people,dc=example,dc=com: outside the ranges (attribute: telephonenumber, value: "+33 4 72 99", rule: sites[1].did)',
    );
    expect(text).toContain('validate: no problem');
  });

  it('gives the table per site, the rejected entries with DN, attribute and rule, and the raw diff only inside details', () => {
    const lyon = buildUser('55', { site: 'lyon', user: { firstname: 'Bob', lastname: 'Durand' } });
    const review = { changes: personChanges([...people, changed(undefined, lyon)]), rejected };
    const body = renderReviewMarkdown(review);
    expect(body).toContain('| site | new | disabled |');
    expect(body).toContain('| lyon | 1 | 0 |');
    expect(body).toContain('| paris | 1 | 1 |');
    expect(body).toContain('| **all** | 2 | 1 |');
    expect(body).toContain(
      '| uid=x,ou=people,dc=example,dc=com | telephonenumber | +33 4 72 99 | sites\\[1\\].did | outside the ranges |',
    );
    const details = body.indexOf('<details>');
    expect(details).toBeGreaterThan(0);
    expect(body.indexOf('```diff')).toBeGreaterThan(details);
    expect(body).toContain('+++ b/state/users/42.json');
  });

  it('keeps directory text from becoming markup: HTML, table pipes and code fences', () => {
    const sneaky = buildUser('66', {
      user: { firstname: '<img src=x onerror=alert(1)>', lastname: 'A|B ```' },
    });
    const body = renderReviewMarkdown({ changes: personChanges([changed(undefined, sneaky)]) });
    const outsideFence = body.slice(0, body.indexOf('````diff'));
    expect(outsideFence).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('A\\|B');
    // The raw diff holds the name as it is, in a fence longer than any backtick run in it.
    expect(body).toContain('````diff');
  });

  it('stays under the limit for 20,000 new people and says what it left out', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      changed(undefined, buildUser(String(10_000 + i), { site: i % 2 === 0 ? 'paris' : 'lyon' })),
    );
    const review = {
      changes: personChanges(many),
      rejected: Array.from({ length: 100 }, () => rejected[0]!),
    };
    const body = renderReviewMarkdown(review);
    expect(body.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(body).toContain('| **all** | 20000 |');
    expect(body).toMatch(
      /_Left out to stay under the size limit: \d+ person line\(s\) and 20000 raw JSON diff\(s\)\./,
    );
    expect(body).toContain('… and 70 more: see the output of `xivo-sync export`.');
    const small = renderReviewMarkdown(review, { maxLength: 5_000 });
    expect(small.length).toBeLessThanOrEqual(5_000);
  });

  it('gives counts per kind and per site as JSON', () => {
    const json = reviewJson({ changes: personChanges(people), rejected }) as {
      counts: Record<string, number>;
      sites: Record<string, Record<string, number>>;
      changes: { key: string; kind: string }[];
    };
    expect(json.counts).toMatchObject({ new: 1, disabled: 1, removed: 0 });
    expect(json.sites['paris']).toMatchObject({ new: 1, disabled: 1 });
    expect(json.changes.map((c) => [c.key, c.kind])).toEqual([
      ['42', 'new'],
      ['10', 'disabled'],
    ]);
  });
});
