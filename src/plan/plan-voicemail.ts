import type { UserState } from '../state/index.ts';
import { at } from './index-inventory.ts';
import type { LiveUser, LiveVoicemail } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep, claim, diffFields } from './plan-run.ts';
import type { JsonScalar, ObjectRef, ResourceChange } from './types.ts';

// The person's voicemail, found again by number + context.

export function planVoicemail(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const want = state.voicemail ?? null;
  const current = live?.voicemailId != null ? p.run.index.voicemails.get(live.voicemailId) : undefined;
  if (!want) {
    if (current) teardownVoicemail(p, current, userRef);
    return;
  }
  const target = at(want.number, want.context);
  const wantedFields: Record<string, JsonScalar> = {
    name: want.name,
    number: want.number,
    context: want.context,
  };
  for (const field of ['email', 'language', 'timezone'] as const) {
    if (want[field] !== undefined) wantedFields[field] = want[field];
  }
  if (current) {
    const changes = diffFields(current as unknown as Record<string, unknown>, wantedFields);
    const currentKey = at(current.number, current.context);
    if (changes.length === 0) return;
    const step = addStep(
      p,
      'vm',
      { op: 'update', resource: 'voicemail', target: { id: current.id }, changes },
      [],
      `update voicemail ${target}: ${changes.map((c) => c.field).join(', ')}`,
    );
    if (currentKey !== target) {
      p.run.releases.set(`vm:${currentKey}`, step);
      // confd keeps (number, context) unique: the target must be given up by its holder first.
      if (p.run.index.vmByNumber.has(want.number, want.context))
        claim(p, step, `vm:${target}`, `voicemail ${target}`);
    }
    addResource(p, {
      resource: 'voicemail',
      change: 'update',
      old: currentKey,
      new: target,
      fields: changes,
    });
    return;
  }
  const existing = p.run.index.vmByNumber.get(want.number, want.context);
  let vmRef: ObjectRef;
  let vmStep: string | undefined;
  if (existing && existing.userIds.length === 0) {
    vmRef = { id: existing.id };
    const changes = diffFields(existing as unknown as Record<string, unknown>, wantedFields);
    const reuse: ResourceChange = { resource: 'voicemail', change: 'reuse', old: null, new: target };
    if (changes.length > 0) reuse.fields = changes;
    if (changes.length > 0) {
      vmStep = addStep(
        p,
        'vm',
        { op: 'update', resource: 'voicemail', target: vmRef, changes },
        [],
        `update voicemail ${target}: ${changes.map((c) => c.field).join(', ')}`,
      );
    }
    addResource(p, reuse);
  } else {
    vmStep = addStep(
      p,
      'vm',
      { op: 'create', resource: 'voicemail', body: wantedFields, generate: ['voicemail-pin'] },
      [],
      `create voicemail ${target}`,
    );
    vmRef = { ref: vmStep };
    if (existing) claim(p, vmStep, `vm:${target}`, `voicemail ${target}`);
    addResource(p, { resource: 'voicemail', change: 'create', old: null, new: target });
  }
  addStep(
    p,
    'user-vm',
    { op: 'associate', relation: 'user-voicemail', left: userRef, right: vmRef },
    [userStep, vmStep],
    `link voicemail ${target} to the user`,
  );
}

export function teardownVoicemail(p: PersonDraft, vm: LiveVoicemail, userRef: ObjectRef): string {
  const label = at(vm.number, vm.context);
  const unlink = addStep(
    p,
    'vm:unlink',
    { op: 'dissociate', relation: 'user-voicemail', left: userRef, right: { id: vm.id } },
    [],
    `unlink voicemail ${label}`,
  );
  addResource(p, { resource: 'voicemail', change: 'delete', old: label, new: null });
  // A box shared with someone else stays: only its last user takes it away.
  if (vm.userIds.length > 1) return unlink;
  const del = addStep(
    p,
    'vm:delete',
    { op: 'delete', resource: 'voicemail', target: { id: vm.id } },
    [unlink],
    `delete voicemail ${label}`,
  );
  p.run.releases.set(`vm:${label}`, del);
  return del;
}
