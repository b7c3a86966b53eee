import { compareText } from '../compare-text.ts';
import type { UserState } from '../state/index.ts';
import type { LiveUser } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep } from './plan-run.ts';
import type { ObjectRef } from './types.ts';

// The call permissions the person is a member of.

export function planPermissions(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const wanted = new Set(state.callPermissions ?? []);
  const held = new Map<string, number>();
  for (const id of live?.callPermissionIds ?? []) {
    const name = p.run.index.permissionName.get(id);
    if (name !== undefined) held.set(name, id);
  }
  for (const name of [...wanted].sort(compareText)) {
    if (held.has(name)) continue;
    const id = p.run.index.permissionByName.get(name);
    // predictRefusals reports a permission that does not exist.
    if (id === undefined) continue;
    addStep(
      p,
      `perm:${name}`,
      { op: 'associate', relation: 'user-callpermission', left: userRef, right: { id } },
      [userStep],
      `grant call permission ${name}`,
    );
    addResource(p, { resource: 'callPermission', change: 'create', old: null, new: name });
  }
  for (const [name, id] of [...held].sort((a, b) => compareText(a[0], b[0]))) {
    if (wanted.has(name)) continue;
    addStep(
      p,
      `perm:${name}:revoke`,
      { op: 'dissociate', relation: 'user-callpermission', left: userRef, right: { id } },
      [],
      `revoke call permission ${name}`,
    );
    addResource(p, { resource: 'callPermission', change: 'delete', old: name, new: null });
  }
}
