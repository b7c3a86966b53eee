import type { UserState } from '../state/index.ts';
import { at } from './index-inventory.ts';
import type { LiveIncall, LiveUser } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep, claim } from './plan-run.ts';
import type { ObjectRef, ResourceChange } from './types.ts';
import { firstExtension } from './plan-line.ts';

// The person's DID: an incall routed to the user and its extension in the incall context.

export function planDid(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const want = state.did ?? null;
  const incalls = live ? (p.run.index.incallsByUser.get(live.id) ?? []) : [];
  if (!want) {
    for (const incall of incalls) teardownIncall(p, incall);
    return;
  }
  const target = at(want.exten, want.context);
  const main = incalls[0];
  let incallRef: ObjectRef;
  let incallStep: string | undefined;
  let change: ResourceChange['change'] | null = null;
  if (main) {
    incallRef = { id: main.id };
  } else {
    incallStep = addStep(
      p,
      'incall',
      { op: 'create', resource: 'incall', body: {}, destinationUser: userRef },
      [userStep],
      `create incall to the user`,
    );
    incallRef = { ref: incallStep };
    change = 'create';
  }
  const current = main ? firstExtension(p, main.extensionIds) : undefined;
  const currentKey = current ? at(current.exten, current.context) : undefined;
  if (current && currentKey === target) {
    if (change !== null)
      addResource(p, { resource: 'did', change, old: null, new: `${want.number} (${target})` });
    return;
  }
  let freedBy: string | undefined;
  if (current) {
    p.person.renumbering.push({ resource: 'did', old: currentKey as string, new: target });
    change = 'update';
    if (current.context === want.context && !p.run.index.extByNumber.has(want.exten, want.context)) {
      const step = addStep(
        p,
        'did-ext',
        {
          op: 'update',
          resource: 'extension',
          target: { id: current.id },
          changes: [{ field: 'exten', old: current.exten, new: want.exten }],
        },
        [],
        `renumber DID extension ${currentKey as string} → ${target}`,
      );
      p.run.releases.set(`ext:${currentKey as string}`, step);
      addResource(p, {
        resource: 'did',
        change,
        old: currentKey as string,
        new: `${want.number} (${target})`,
      });
      return;
    }
    freedBy = addStep(
      p,
      'incall-ext:old',
      { op: 'dissociate', relation: 'incall-extension', left: incallRef, right: { id: current.id } },
      [],
      `unlink DID extension ${currentKey as string} from the incall`,
    );
    const del = addStep(
      p,
      'did-ext:old',
      { op: 'delete', resource: 'extension', target: { id: current.id } },
      [freedBy],
      `delete DID extension ${currentKey as string}`,
    );
    p.run.releases.set(`ext:${currentKey as string}`, del);
  }
  const existing = p.run.index.extByNumber.get(want.exten, want.context);
  let extRef: ObjectRef;
  let created: string | undefined;
  if (existing && !p.run.index.heldExtensions.has(existing.id)) {
    extRef = { id: existing.id };
    change = change ?? 'reuse';
  } else {
    created = addStep(
      p,
      'did-ext',
      { op: 'create', resource: 'extension', body: { exten: want.exten, context: want.context } },
      [freedBy],
      `create DID extension ${target}`,
    );
    extRef = { ref: created };
    if (existing) claim(p, created, `ext:${target}`, `DID extension ${target}`);
    change = change ?? 'update';
  }
  addStep(
    p,
    'incall-ext',
    { op: 'associate', relation: 'incall-extension', left: incallRef, right: extRef },
    [incallStep, created, freedBy],
    `link DID extension ${target} to the incall`,
  );
  addResource(p, { resource: 'did', change, old: currentKey ?? null, new: `${want.number} (${target})` });
}

export function teardownIncall(p: PersonDraft, incall: LiveIncall): string {
  const del = addStep(
    p,
    `incall:${incall.id}:delete`,
    { op: 'delete', resource: 'incall', target: { id: incall.id } },
    [],
    `delete incall ${incall.id}`,
  );
  let label = `incall ${incall.id}`;
  for (const extId of incall.extensionIds) {
    const ext = p.run.index.extensions.get(extId);
    const extLabel = ext ? at(ext.exten, ext.context) : `#${extId}`;
    label = extLabel;
    // Deleting an incall frees its extension without deleting it (confd incall persistor).
    const delExt = addStep(
      p,
      `incall:${incall.id}:ext:${extId}:delete`,
      { op: 'delete', resource: 'extension', target: { id: extId } },
      [del],
      `delete DID extension ${extLabel}`,
    );
    p.run.releases.set(`ext:${extLabel}`, delExt);
  }
  addResource(p, { resource: 'did', change: 'delete', old: label, new: null });
  return del;
}
