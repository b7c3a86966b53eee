import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigError,
  type Env,
  type ResolvedConfig,
  readMappings,
  resolveSmtpConnection,
  resolveXivoConnection,
} from '../config/index.ts';
import { acquireApplyLock, keepRenewed } from '../apply/index.ts';
import { readStateDir } from '../state/index.ts';
import { createXivoClient, type XivoClient } from '../xivo/index.ts';
import { type Mailer, dirMailer, smtpMailer } from './mailer.ts';
import { type OnboardingOutcome, ensureOnboardingMarker, onboard, pendingOnboarding } from './onboard.ts';
import { type OnboardingTemplates, parseTextTemplate } from './render-onboarding.ts';

export interface OnboardingStageOptions {
  repoDir: string;
  stateDir?: string;
  env: Env;
  cwd: string;
  onWarning?: (message: string) => void;
  /** `--mail-dir`: write one `.eml` per mail there instead of sending. (Default: SMTP per mappings/) */
  mailDir?: string;
  /** How long to wait for another apply's lock, in ms. (Default: 0) */
  lockTimeoutMs?: number;
  /** The lock's lifetime without renewal, in ms. (Default: 600 000) */
  lockTtlMs?: number;
  /** `notify --resend <key>`: fresh credentials and a new mail for these people. */
  resend?: ReadonlySet<string>;
}

const DEFAULT_FROM = 'xivo-sync <xivo-sync@localhost>';

/** Whether onboarding is on: mappings/ has `notify:`, or a mail folder is given. */
function onboardingEnabled(config: ResolvedConfig, mailDir: string | undefined): boolean {
  return mailDir !== undefined || config.notify !== undefined;
}

/**
 * Before apply: checks what sending needs (the templates, the SMTP settings and credentials) so that a
 * mistake there stops the run before XiVO is touched, then makes sure the marker exists, filled with
 * the users managed so far (they get no mail). Returns false, doing nothing, when onboarding is off.
 */
export async function prepareOnboarding(options: OnboardingStageOptions): Promise<boolean> {
  const config = await readConfig(options.repoDir);
  if (!onboardingEnabled(config, options.mailDir)) return false;
  await loadOnboardingTemplates(options.repoDir);
  if (options.mailDir === undefined) resolveSmtpConnection(config, { env: options.env });
  await withClient(config, options, (client) => ensureOnboardingMarker(client, config.identity.xivoField));
  return true;
}

/**
 * After apply: sends each pending person their onboarding mail (see onboard.ts), under the apply lock
 * so that two runs never mail the same person. Nothing pending: no lock, no write.
 */
export async function runOnboarding(options: OnboardingStageOptions): Promise<OnboardingOutcome | undefined> {
  const config = await readConfig(options.repoDir);
  if (!onboardingEnabled(config, options.mailDir)) return undefined;
  const state = await readStateDir(options.stateDir ?? path.join(options.repoDir, 'state'));
  const states = [...state.users.values()].map((u) => u.state);
  const templates = await loadOnboardingTemplates(options.repoDir);
  return withClient(config, options, async (client) => {
    const markerId = await ensureOnboardingMarker(client, config.identity.xivoField);
    const { pending } = await pendingOnboarding(client, config, states, markerId);
    if (pending.length === 0 && (options.resend?.size ?? 0) === 0)
      return { sent: [], alreadyDelivered: [], failed: [] };
    const mailer = openMailer(config, options);
    const ttlMs = options.lockTtlMs ?? 600_000;
    const lock = await acquireApplyLock(client, { timeoutMs: options.lockTimeoutMs ?? 0, ttlMs });
    const renewal = keepRenewed(lock, ttlMs);
    try {
      return await onboard({
        port: client,
        config,
        states,
        templates,
        mailer,
        markerId,
        signal: renewal.lost,
        ...(options.resend === undefined ? {} : { resend: options.resend }),
      });
    } finally {
      renewal.stop();
      mailer.close();
      await lock.release();
    }
  });
}

/** `mappings/templates/onboarding.<lang>.txt` (first line `Subject: …`) and `.html`, by language. */
export async function loadOnboardingTemplates(repoDir: string): Promise<Map<string, OnboardingTemplates>> {
  const dir = path.join(repoDir, 'mappings', 'templates');
  const names = await readdir(dir).catch(() => [] as string[]);
  const templates = new Map<string, OnboardingTemplates>();
  for (const name of names.sort()) {
    const match = /^onboarding\.([a-z]{2})\.txt$/.exec(name);
    if (!match?.[1]) continue;
    const text = path.join(dir, name);
    const html = path.join(dir, `onboarding.${match[1]}.html`);
    const parsed = parseTextTemplate(await readFile(text, 'utf8'), text);
    const htmlText = await readFile(html, 'utf8').catch((error: unknown) => {
      throw new ConfigError(`${html} is missing: each onboarding template needs a text and an HTML part`, {
        cause: error,
      });
    });
    templates.set(match[1], { ...parsed, html: htmlText });
  }
  if (!templates.has('en'))
    throw new ConfigError(`${dir}/onboarding.en.txt is missing: English is every language's fallback`);
  return templates;
}

function openMailer(config: ResolvedConfig, options: OnboardingStageOptions): Mailer {
  const from = config.notify?.from ?? DEFAULT_FROM;
  if (options.mailDir !== undefined) return dirMailer(path.resolve(options.cwd, options.mailDir), from);
  return smtpMailer(resolveSmtpConnection(config, { env: options.env }), from);
}

async function readConfig(repoDir: string): Promise<ResolvedConfig> {
  const mappings = await readMappings(path.join(repoDir, 'mappings'));
  if (!mappings.config)
    throw new ConfigError('mappings/ is invalid (run xivo-sync validate)', { issues: mappings.issues });
  return mappings.config;
}

async function withClient<T>(
  config: ResolvedConfig,
  options: OnboardingStageOptions,
  work: (client: XivoClient) => Promise<T>,
): Promise<T> {
  const client = createXivoClient(resolveXivoConnection(config, options));
  try {
    return await work(client);
  } finally {
    client.close();
  }
}
