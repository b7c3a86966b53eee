import { type ResolvedConfig, XIVO_PAGE_SIZE } from '../config/index.ts';
import { type ConfdPort, generatePassword, generatePin } from '../apply/index.ts';
import { formatNumber } from '../numbering/index.ts';
import type { LiveInventory } from '../plan/index.ts';
import { ONBOARDED_NAME, readLiveInventory } from '../prepare/index.ts';
import type { UserState } from '../state/index.ts';
import { XivoApiError, type XivoClient } from '../xivo/index.ts';
import { outcomesFrom } from '../writeback/index.ts';
import { MailError, type Mailer } from './mailer.ts';
import { type OnboardingTemplates, renderOnboarding } from './render-onboarding.ts';

/*
 * Exactly one onboarding e-mail per user this tool creates, with credentials that work, and no secret
 * ever stored. XiVO keeps the state: the call permission `xivo-sync-onboarded` (disabled, no
 * extensions: it grants nothing) lists the users who received their mail. A managed user outside it is
 * pending. For each pending user, in this order: a fresh password and PIN are set in XiVO, the mail
 * is sent, the user joins the marker. A run killed at any point leaves the user pending or done:
 * pending again means fresh credentials and one mail (the earlier credentials no longer work, so a mail
 * that did not go out is never missed). Users who existed before (at the marker's creation, or adopted
 * later: the plan marks them before adopting them) are never pending. docs/onboarding.md lists what a
 * crash between any two steps leads to.
 */

const MIGRATING = 'xivo-sync: users who received their onboarding e-mail (being filled)';
const READY = 'xivo-sync: users who received their onboarding e-mail';

interface Row {
  id: number;
  name?: string;
  description?: string | null;
}

/**
 * The marker's id, created when missing. A new marker is first filled with every user managed now
 * (they existed before onboarding: no mail, no reset), then marked ready; a run killed in between fills
 * it again next time. Run before apply, so that the users it creates are not among them.
 */
export async function ensureOnboardingMarker(port: XivoClient, keyField: string): Promise<number> {
  let marker = await findMarker(port);
  if (marker === undefined) {
    try {
      marker = (await port.request('POST', '/callpermissions', {
        name: ONBOARDED_NAME,
        description: MIGRATING,
        mode: 'deny',
        enabled: false,
        extensions: [],
      })) as Row;
    } catch (error) {
      // Another run created it meanwhile (confd keeps names unique): use theirs.
      marker = await findMarker(port);
      if (marker === undefined) throw error;
    }
  }
  if (marker.description !== READY) {
    for (const user of await port.users.listAll({}, XIVO_PAGE_SIZE)) {
      const key = (user as unknown as Record<string, unknown>)[keyField];
      if (typeof key !== 'string' || key.trim() === '') continue;
      await associate(port, user.id, marker.id);
    }
    await port.request('PUT', `/callpermissions/${marker.id}`, { description: READY });
  }
  return marker.id;
}

export interface OnboardingOutcome {
  /** People whose mail went out in this run. */
  sent: string[];
  /** People whose mail a folder already held (a run stopped before marking them): marked now. */
  alreadyDelivered: string[];
  /** People whose mail could not go out: still pending, tried again by the next run. */
  failed: Array<{ key: string; message: string; permanent: boolean }>;
}

export interface OnboardOptions {
  port: XivoClient;
  config: ResolvedConfig;
  states: readonly UserState[];
  /** Templates by language (`fr`, `en`); a person's language falls back to `en`. */
  templates: ReadonlyMap<string, OnboardingTemplates>;
  mailer: Mailer;
  markerId: number;
  /** `notify --resend`: these people get fresh credentials and a mail even when already onboarded. */
  resend?: ReadonlySet<string>;
  /** Aborted when the apply lock is lost: nobody else is started (they stay pending). (Default: never) */
  signal?: AbortSignal;
}

/** The managed, active people of state that have not received their mail. */
export async function pendingOnboarding(
  port: XivoClient,
  config: ResolvedConfig,
  states: readonly UserState[],
  markerId: number,
): Promise<{ inventory: LiveInventory; pending: UserState[]; members: Set<number> }> {
  const inventory = await readLiveInventory(port, config.identity.xivoField);
  const members = new Set(
    (await port.userCallPermissions.ofCallPermission(markerId)).items.map((m) => m.user_id),
  );
  const byKey = usersByKey(inventory, config.identity.xivoField);
  const pending = states.filter((s) => {
    const user = byKey.get(s.key);
    return s.status === 'active' && user !== undefined && !members.has(user.id);
  });
  return { inventory, pending, members };
}

/** Sends each pending person their mail: fresh credentials, the mail, then the marker. */
export async function onboard(options: OnboardOptions): Promise<OnboardingOutcome> {
  const { port, config, markerId, mailer } = options;
  const { inventory, pending } = await pendingOnboarding(port, config, options.states, markerId);
  const resend = options.states.filter((s) => options.resend?.has(s.key) && !pending.includes(s));
  const keyField = config.identity.xivoField;
  const byKey = usersByKey(inventory, keyField);
  const { outcomes } = outcomesFrom([...pending, ...resend], inventory, keyField, []);
  const outcomeOf = new Map(outcomes.map((o) => [o.key, o]));
  const voicemails = new Map(inventory.voicemails.map((v) => [v.id, v]));
  const result: OnboardingOutcome = { sent: [], alreadyDelivered: [], failed: [] };

  for (const state of [...pending, ...resend]) {
    if (options.signal?.aborted) {
      result.failed.push({
        key: state.key,
        message: 'not attempted: the apply lock was lost',
        permanent: false,
      });
      continue;
    }
    const user = byKey.get(state.key);
    const outcome = outcomeOf.get(state.key);
    if (!user || !outcome) continue;
    const forced = options.resend?.has(state.key) === true;
    if (!forced && (await mailer.delivered(state.key))) {
      await associate(port, user.id, markerId);
      result.alreadyDelivered.push(state.key);
      continue;
    }
    const to = typeof state.user.email === 'string' ? state.user.email : '';
    if (to === '') {
      result.failed.push({ key: state.key, message: 'no e-mail address in state', permanent: true });
      continue;
    }
    const password = generatePassword();
    await port.request('PUT', `/users/${user.id}`, { password });
    const voicemail = user.voicemailId === null ? undefined : voicemails.get(user.voicemailId);
    const pin = voicemail === undefined ? null : generatePin();
    if (voicemail !== undefined) await port.request('PUT', `/voicemails/${voicemail.id}`, { password: pin });
    const site = config.sites.find((s) => s.name === state.site);
    const language = (state.user.language ?? site?.language ?? 'en').slice(0, 2);
    const templates = options.templates.get(language) ?? options.templates.get('en');
    if (!templates)
      throw new Error('no onboarding template for English (mappings/templates/onboarding.en.*)');
    const mail = renderOnboarding(templates, {
      firstname: state.user.firstname,
      lastname: state.user.lastname ?? '',
      login: typeof state.user.username === 'string' ? state.user.username : (state.user.email ?? ''),
      password,
      extension: outcome.extension,
      didNational: outcome.did === null ? null : formatNumber(outcome.did, 'national'),
      didInternational: outcome.did === null ? null : formatNumber(outcome.did, 'display'),
      voicemail: voicemail?.number ?? null,
      pin,
      agent: outcome.agent,
      siteText: site?.onboardingText ?? '',
    });
    try {
      await mailer.send({ key: state.key, to, ...mail });
    } catch (error) {
      if (!(error instanceof MailError)) throw error;
      result.failed.push({ key: state.key, message: error.message, permanent: error.permanent });
      if (error.permanent) continue;
      // The relay is down (retries spent): the others stay pending, untouched, for the next run.
      for (const rest of [...pending, ...resend].slice([...pending, ...resend].indexOf(state) + 1)) {
        result.failed.push({ key: rest.key, message: `not attempted: ${error.message}`, permanent: false });
      }
      break;
    }
    await associate(port, user.id, markerId);
    result.sent.push(state.key);
  }
  return result;
}

async function findMarker(port: ConfdPort): Promise<Row | undefined> {
  const list = (await port.request('GET', `/callpermissions?name=${ONBOARDED_NAME}`)) as { items: Row[] };
  return list.items.find((p) => p.name === ONBOARDED_NAME);
}

/** Joins the marker; already a member is fine (a retry, or a concurrent run). */
async function associate(port: ConfdPort, userId: number, markerId: number): Promise<void> {
  try {
    await port.request('PUT', `/users/${userId}/callpermissions/${markerId}`);
  } catch (error) {
    if (!(error instanceof XivoApiError && error.status === 400 && /associated/i.test(error.message)))
      throw error;
  }
}

function usersByKey(inventory: LiveInventory, keyField: string): Map<string, LiveInventory['users'][number]> {
  const map = new Map<string, LiveInventory['users'][number]>();
  for (const user of inventory.users) {
    const key = user.fields[keyField];
    if (typeof key === 'string' && key.trim() !== '') map.set(key.trim(), user);
  }
  return map;
}
