import type { ApplyRun } from '../apply/index.ts';
import type { WriteBackResult } from '../writeback/index.ts';
import type { OnboardingOutcome } from '../notify/index.ts';
import type { ApplyRecord, RecordedPerson } from './apply-record.ts';

/**
 * The apply record of a run that ended (pure; the clock is a parameter). Carries no secret: apply
 * outcomes hold confd's messages (request bodies quoted in them are redacted) and never a body.
 */
export function buildApplyRecord(
  run: ApplyRun,
  writeBack: WriteBackResult | undefined,
  onboarding: OnboardingOutcome | undefined,
  at: Date,
): ApplyRecord {
  const record: ApplyRecord = {
    version: 1,
    at: at.toISOString(),
    status: run.status,
    plan: { ...run.plan.summary },
  };
  const people = new Map<string, RecordedPerson>();
  if (run.status === 'applied') {
    record.steps = { ...run.result.counts };
    for (const person of run.result.people) {
      const failures = person.outcomes
        .filter((o) => o.status !== 'ok')
        .map((o) => `${o.description}: ${o.error ?? o.status}`);
      people.set(person.key, {
        key: person.key,
        name: person.name,
        kind: person.kind,
        status: person.status,
        ...(failures.length > 0 ? { failures } : {}),
      });
    }
  }
  for (const person of run.plan.people) {
    if (person.problems.length === 0) continue;
    const entry = people.get(person.key) ?? {
      key: person.key,
      name: person.name,
      kind: person.kind,
      status: 'skipped',
    };
    entry.problems = [...person.problems];
    people.set(person.key, entry);
  }
  if (people.size > 0) record.people = [...people.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  if (onboarding !== undefined) {
    record.mails = {
      sent: [...onboarding.sent, ...onboarding.alreadyDelivered],
      pending: onboarding.failed.map((f) => f.key),
    };
  }
  if (writeBack !== undefined) {
    record.writeBack = {
      written: writeBack.written.length,
      failed: writeBack.failures.map((f) => `${f.key}: ${f.message}`),
      notFound: [...writeBack.vanished],
    };
  }
  return record;
}

/** The record of a run that stopped before its end: refused by a safety gate, or an error. */
export function failedApplyRecord(status: 'refused' | 'error', message: string, at: Date): ApplyRecord {
  return { version: 1, at: at.toISOString(), status, message };
}
