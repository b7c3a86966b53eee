import { readFileSync, readdirSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The project's own rules for its GitHub workflows (issue 15): what action-validator's schema cannot
// say. Each rule returns the problems it finds, so that a bad workflow below proves it fails.

const root = new URL('../../', import.meta.url);
const workflowDir = new URL('.github/workflows/', root);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  'timeout-minutes'?: number;
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
}

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

const SHA_PIN = /^[^@\s]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\s*$/;

/** Every problem of one workflow against the project's rules; empty when it follows them. */
function workflowProblems(text: string): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  const jobs = Object.entries(workflow.jobs ?? {});
  const writeAll = (permissions: unknown): boolean =>
    permissions === 'write-all' ||
    (typeof permissions === 'object' &&
      permissions !== null &&
      Object.values(permissions).some((value) => value === 'write-all'));

  if (typeof workflow.permissions !== 'object' || workflow.permissions === null)
    problems.push('top-level permissions: missing or not a map of scopes');
  if (writeAll(workflow.permissions)) problems.push('top-level permissions: write-all');

  const triggers =
    typeof workflow.on === 'string'
      ? [workflow.on]
      : Array.isArray(workflow.on)
        ? (workflow.on as string[])
        : Object.keys((workflow.on as object | undefined) ?? {});
  if (triggers.includes('pull_request_target'))
    problems.push('pull_request_target: runs the pull request with the base repository secrets');

  // Only a workflow allowed to write the repository pushes, so only it may keep checkout's credentials.
  const pushes =
    (workflow.permissions as Record<string, unknown> | null | undefined)?.['contents'] === 'write';
  for (const [name, job] of jobs) {
    if (job['timeout-minutes'] === undefined) problems.push(`job ${name}: no timeout-minutes`);
    if (writeAll(job.permissions)) problems.push(`job ${name}: permissions write-all`);
    const uses = [job.uses, ...(job.steps ?? []).map((step) => step.uses)];
    for (const action of uses) {
      if (action === undefined || action.startsWith('./')) continue;
      if (!SHA_PIN.test(action)) problems.push(`job ${name}: ${action} is not pinned by a 40-hex commit SHA`);
    }
    for (const [index, step] of (job.steps ?? []).entries()) {
      // Expressions are expanded into the script before the shell reads it: a secret would land in
      // the script text, and any other value could inject commands. Values go through env:.
      if (step.run?.includes('${{') === true)
        problems.push(`job ${name} step ${index}: \${{ }} in run: (pass it through env:)`);
      if (
        step.uses?.startsWith('actions/checkout@') === true &&
        !pushes &&
        step.with?.['persist-credentials'] !== false
      )
        problems.push(`job ${name} step ${index}: checkout keeps credentials in a job that does not push`);
    }
  }

  // The pin alone says nothing to a reader: the line also names the version it stands for.
  for (const line of text.split('\n')) {
    const match = /^\s*(?:-\s*)?uses:\s*(\S+)/.exec(line);
    if (match?.[1] !== undefined && !match[1].startsWith('./') && !VERSION_COMMENT.test(line))
      problems.push(`${match[1]}: no "# vX.Y.Z" comment naming the pinned version`);
  }
  return problems;
}

/** The names after `secrets.` or `vars.` in a workflow's expressions. */
function referenced(text: string, kind: 'secrets' | 'vars'): Set<string> {
  return new Set([...text.matchAll(new RegExp(`\\b${kind}\\.([A-Za-z0-9_]+)`, 'g'))].map((m) => m[1]!));
}

interface DocumentedSetting {
  kind: string;
  usedBy: Set<string>;
}

/** The table of docs/github-setup.md: name → kind (secret, variable, automatic) and workflows. */
function documentedSettings(markdown: string): Map<string, DocumentedSetting> {
  const settings = new Map<string, DocumentedSetting>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`([A-Z0-9_]+)`$/.exec(cells[1] ?? '')?.[1];
    const kind = cells[2];
    if (name === undefined || kind === undefined || !['secret', 'variable', 'automatic'].includes(kind))
      continue;
    settings.set(name, { kind, usedBy: new Set(cells[3]?.match(/[a-z-]+\.yml/g) ?? []) });
  }
  return settings;
}

const workflowFiles = readdirSync(workflowDir).sort();
const workflows = new Map(
  workflowFiles.map((file) => [file, readFileSync(new URL(file, workflowDir), 'utf8')]),
);
const parsed = (file: string): Workflow => parse(workflows.get(file)!) as Workflow;

describe('GitHub workflows', () => {
  it('are the CI and the three workflows of the loop, all .yml (what lint:workflows validates)', () => {
    expect(workflowFiles).toEqual(['apply.yml', 'ci.yml', 'export.yml', 'pr.yml']);
  });

  it.each(workflowFiles)('%s passes action-validator', (file) => {
    expect(validateWorkflow(workflows.get(file)!).errors).toEqual([]);
  });

  it.each(workflowFiles)('%s follows the project rules', (file) => {
    expect(workflowProblems(workflows.get(file)!)).toEqual([]);
  });

  it('the rules and action-validator refuse a bad workflow', () => {
    const bad = [
      'on: pull_request_target',
      'permissions: write-all',
      'jobs:',
      '  plan:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo ${{ secrets.XIVO_PASSWORD }}',
      '',
    ].join('\n');
    expect(workflowProblems(bad)).toEqual([
      'top-level permissions: missing or not a map of scopes',
      'top-level permissions: write-all',
      'pull_request_target: runs the pull request with the base repository secrets',
      'job plan: no timeout-minutes',
      'job plan: actions/checkout@v4 is not pinned by a 40-hex commit SHA',
      'job plan step 0: checkout keeps credentials in a job that does not push',
      'job plan step 1: ${{ }} in run: (pass it through env:)',
      'actions/checkout@v4: no "# vX.Y.Z" comment naming the pinned version',
    ]);
    const unknownKey = bad.replace('      - run:', '      - shell-script:');
    expect(validateWorkflow(unknownKey).errors).not.toEqual([]);
  });

  it('export.yml: scheduled every 30 minutes and by hand, one run at a time, pushes and opens the pull request only', () => {
    const workflow = parsed('export.yml');
    expect(workflow.on).toEqual({ schedule: [{ cron: '7,37 * * * *' }], workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'xivo-export', 'cancel-in-progress': false });
    expect(workflows.get('export.yml')).toMatch(/npx xivo-sync export .*--commit --push/);
    expect(workflows.get('export.yml')).toContain('npx xivo-sync pr --export-report .tmp/export-report.json');
  });

  it('pr.yml: pull requests touching state/ or mappings/, read-only XiVO account, one comment', () => {
    const text = workflows.get('pr.yml')!;
    const workflow = parsed('pr.yml');
    expect(workflow.on).toEqual({ pull_request: { paths: ['state/**', 'mappings/**'] } });
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    // Anywhere but in the comment that explains why not.
    const code = text.replace(/^\s*#.*$/gm, '');
    expect(code).not.toContain('pull_request_target');
    expect(text).toContain('XIVO_USER: ${{ secrets.XIVO_READONLY_USER }}');
    expect(text).toContain('XIVO_PASSWORD: ${{ secrets.XIVO_READONLY_PASSWORD }}');
    expect(referenced(text, 'secrets')).toEqual(
      new Set([
        'XIVO_READONLY_USER',
        'XIVO_READONLY_PASSWORD',
        'XIVO_READONLY_WS_USER',
        'XIVO_READONLY_WS_PASSWORD',
      ]),
    );
    expect(text).toContain('npx xivo-sync validate');
    expect(text).toContain('npx xivo-sync plan --format markdown > .tmp/plan.md');
    expect(text).toContain('npx xivo-sync pr --comment .tmp/plan.md --number "$PR_NUMBER"');
  });

  it('apply.yml: pushes to main touching state/ or mappings/, hourly retry, one apply at a time', () => {
    const text = workflows.get('apply.yml')!;
    const workflow = parsed('apply.yml');
    expect(workflow.on).toEqual({
      push: { branches: ['main'], paths: ['state/**', 'mappings/**'] },
      schedule: [{ cron: '17 * * * *' }],
      workflow_dispatch: null,
    });
    expect(workflow.concurrency).toEqual({ group: 'xivo-apply', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(text).toContain('npx xivo-sync apply --auto-approve');
    expect(text).toContain('git fetch origin refs/notes/xivo-sync:refs/notes/xivo-sync');
    expect(text).toContain('git push origin refs/notes/xivo-sync');
    expect(text).toContain('npx xivo-sync pr --failure .tmp/apply-report.txt');
  });

  it('every secret and variable is in the table of docs/github-setup.md, with the workflows using it', () => {
    const documented = documentedSettings(readFileSync(new URL('docs/github-setup.md', root), 'utf8'));
    const used = new Map<string, { kind: string; usedBy: Set<string> }>();
    for (const [file, text] of workflows) {
      for (const [kind, names] of [
        ['secret', referenced(text, 'secrets')],
        ['variable', referenced(text, 'vars')],
      ] as const) {
        for (const name of names) {
          const entry = used.get(name) ?? { kind, usedBy: new Set<string>() };
          entry.usedBy.add(file);
          used.set(name, entry);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    // Both ways: a documented setting no workflow reads is as wrong as an undocumented one.
    const table = new Map([...documented].filter(([, setting]) => setting.kind !== 'automatic'));
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(used));
  });
});

describe('the GitLab example', () => {
  const example = readFileSync(new URL('docs/examples/gitlab-ci.yml', root), 'utf8');

  it('is the .gitlab-ci.yml shown in docs/gitlab-setup.md', () => {
    const doc = readFileSync(new URL('docs/gitlab-setup.md', root), 'utf8');
    expect(/```yaml\n([\s\S]*?)```/.exec(doc)?.[1]).toBe(example);
  });

  it('parses, with the three jobs and one apply at a time', () => {
    const pipeline = parse(example) as Record<string, { resource_group?: string; script?: string[] }>;
    expect(Object.keys(pipeline).filter((key) => pipeline[key]?.script !== undefined)).toEqual([
      'export',
      'plan',
      'apply',
    ]);
    expect(pipeline['apply']?.resource_group).toBe('xivo-apply');
  });
});
