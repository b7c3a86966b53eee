import type { UserState } from '../state/index.ts';
import { at } from './index-inventory.ts';
import type { LiveExtension, LiveLine, LiveUser } from './live-inventory.ts';
import { type PersonDraft, addResource, addStep, claim, isDefined } from './plan-run.ts';
import { sipUsername } from './sip-username.ts';
import type { ObjectRef, ResourceChange } from './types.ts';

// The person's line: SIP endpoint, extension, the links between them and the user; an orphan line is re-used.

export function planLine(
  p: PersonDraft,
  state: UserState,
  live: LiveUser | null,
  userRef: ObjectRef,
  userStep: string | undefined,
): void {
  const want = state.line ?? null;
  const lines = (live?.lineIds ?? []).map((id) => p.run.index.lines.get(id)).filter(isDefined);
  if (!want) {
    for (const line of lines) teardownLine(p, line, userRef);
    return;
  }
  const main = lines[0];
  const target = at(want.extension, want.context);
  const sipName = sipUsername(state.key);
  let lineRef: ObjectRef;
  let lineReady: string | undefined;
  let needUserLine = false;
  let currentExt: LiveExtension | undefined;
  let lineContext: string | undefined;
  let lineChange: ResourceChange['change'] | null = null;

  if (main) {
    lineRef = { id: main.id };
    lineContext = main.context;
    currentExt = firstExtension(p, main.extensionIds);
    if (main.endpointSipId === null) {
      lineReady = attachSip(p, lineRef, undefined, sipName);
      lineChange = 'update';
    }
  } else {
    needUserLine = true;
    const sipId = p.run.index.sipByUsername.get(sipName);
    const sipLine = sipId === undefined ? undefined : p.run.index.lineBySip.get(sipId);
    if (sipLine && sipLine.userIds.length === 0 && !p.run.takenLines.has(sipLine.id)) {
      // Our endpoint is already on a line: an earlier apply stopped before linking it to the user.
      p.run.takenLines.add(sipLine.id);
      lineRef = { id: sipLine.id };
      lineContext = sipLine.context;
      currentExt = firstExtension(p, sipLine.extensionIds);
      lineChange = 'reuse';
    } else {
      const orphan = (p.run.index.orphanLines.get(want.context) ?? []).find(
        (id) => !p.run.takenLines.has(id),
      );
      let lineStep: string | undefined;
      if (orphan !== undefined) {
        p.run.takenLines.add(orphan);
        lineRef = { id: orphan };
        lineContext = want.context;
        lineChange = 'reuse';
      } else {
        lineStep = addStep(
          p,
          'line',
          { op: 'create', resource: 'line', body: { context: want.context } },
          [],
          `create line in ${want.context}`,
        );
        lineRef = { ref: lineStep };
        lineContext = want.context;
        lineChange = 'create';
      }
      lineReady = attachSip(
        p,
        lineRef,
        lineStep,
        sipName,
        sipId !== undefined && !sipLine ? sipId : undefined,
      );
    }
  }

  // Extension: keep, renumber in place, or swap for another one.
  let extReady: string | undefined;
  let extDone = false;
  const currentKey = currentExt ? at(currentExt.exten, currentExt.context) : undefined;
  let freedBy: string | undefined;
  if (currentExt && currentKey !== target) {
    p.person.renumbering.push({ resource: 'extension', old: currentKey as string, new: target });
    const targetExists = p.run.index.extByNumber.has(want.extension, want.context);
    if (currentExt.context === want.context && lineContext === want.context && !targetExists) {
      extReady = addStep(
        p,
        'ext',
        {
          op: 'update',
          resource: 'extension',
          target: { id: currentExt.id },
          changes: [{ field: 'exten', old: currentExt.exten, new: want.extension }],
        },
        [lineReady],
        `renumber extension ${currentKey as string} → ${target}`,
      );
      p.run.releases.set(`ext:${currentKey as string}`, extReady);
      extDone = true;
    } else {
      freedBy = addStep(
        p,
        'line-ext:old',
        { op: 'dissociate', relation: 'line-extension', left: lineRef, right: { id: currentExt.id } },
        [],
        `unlink extension ${currentKey as string} from the line`,
      );
      const del = addStep(
        p,
        'ext:old',
        { op: 'delete', resource: 'extension', target: { id: currentExt.id } },
        [freedBy],
        `delete extension ${currentKey as string}`,
      );
      p.run.releases.set(`ext:${currentKey as string}`, del);
    }
  } else if (currentExt) {
    extDone = true;
  }
  if (lineContext !== want.context && main) {
    // A move to another site's context: the old extension is unlinked first (confd checks types).
    lineReady = addStep(
      p,
      'line:context',
      {
        op: 'update',
        resource: 'line',
        target: lineRef,
        changes: [{ field: 'context', old: lineContext ?? null, new: want.context }],
      },
      [lineReady, freedBy],
      `move line to ${want.context}`,
    );
    lineChange = lineChange ?? 'update';
  }
  if (!extDone) {
    const existing = p.run.index.extByNumber.get(want.extension, want.context);
    let extRef: ObjectRef;
    let created: string | undefined;
    if (existing && !p.run.index.heldExtensions.has(existing.id)) {
      extRef = { id: existing.id };
    } else {
      created = addStep(
        p,
        'ext',
        { op: 'create', resource: 'extension', body: { exten: want.extension, context: want.context } },
        [freedBy],
        `create extension ${target}`,
      );
      extRef = { ref: created };
      if (existing) claim(p, created, `ext:${target}`, `extension ${target}`);
    }
    extReady = addStep(
      p,
      'line-ext',
      { op: 'associate', relation: 'line-extension', left: lineRef, right: extRef },
      [lineReady, created, freedBy],
      `link extension ${target} to the line`,
    );
  }
  if (needUserLine) {
    addStep(
      p,
      'user-line',
      { op: 'associate', relation: 'user-line', left: userRef, right: lineRef },
      [userStep, lineReady, extReady],
      `link the line to the user`,
    );
  }
  const oldLabel = main ? (currentKey ?? `line ${main.id}`) : null;
  if (lineChange === null && currentKey !== target) lineChange = 'update';
  if (lineChange !== null)
    addResource(p, { resource: 'line', change: lineChange, old: oldLabel, new: target });
}

/** Creates (or re-uses) the person's SIP endpoint and links it to the line; returns the link step. */
function attachSip(
  p: PersonDraft,
  lineRef: ObjectRef,
  lineStep: string | undefined,
  sipName: string,
  existingSip?: number,
): string {
  let sipRef: ObjectRef;
  let sipStep: string | undefined;
  const found = existingSip ?? p.run.index.sipByUsername.get(sipName);
  if (found !== undefined && !p.run.index.lineBySip.has(found)) {
    sipRef = { id: found };
  } else {
    sipStep = addStep(
      p,
      'sip',
      { op: 'create', resource: 'sip', body: { username: sipName } },
      [],
      `create SIP endpoint ${sipName}`,
    );
    sipRef = { ref: sipStep };
  }
  return addStep(
    p,
    'line-sip',
    { op: 'associate', relation: 'line-sip', left: lineRef, right: sipRef },
    [lineStep, sipStep],
    `link SIP endpoint ${sipName} to the line`,
  );
}

export function teardownLine(p: PersonDraft, line: LiveLine, userRef: ObjectRef): string {
  const lineRef: ObjectRef = { id: line.id };
  const deps: string[] = [];
  for (const extId of line.extensionIds) {
    const ext = p.run.index.extensions.get(extId);
    const label = ext ? at(ext.exten, ext.context) : `#${extId}`;
    const unlink = addStep(
      p,
      `line:${line.id}:ext:${extId}:unlink`,
      { op: 'dissociate', relation: 'line-extension', left: lineRef, right: { id: extId } },
      [],
      `unlink extension ${label} from line ${line.id}`,
    );
    deps.push(unlink);
    const del = addStep(
      p,
      `line:${line.id}:ext:${extId}:delete`,
      { op: 'delete', resource: 'extension', target: { id: extId } },
      [unlink],
      `delete extension ${label}`,
    );
    p.run.releases.set(`ext:${label}`, del);
  }
  const unlinkUser = addStep(
    p,
    `line:${line.id}:unlink`,
    { op: 'dissociate', relation: 'user-line', left: userRef, right: lineRef },
    deps,
    `unlink line ${line.id} from the user`,
  );
  const firstExt = firstExtension(p, line.extensionIds);
  // Deleting a line deletes its SIP endpoint too (confd line persistor).
  const del = addStep(
    p,
    `line:${line.id}:delete`,
    { op: 'delete', resource: 'line', target: lineRef },
    [unlinkUser, ...deps],
    `delete line ${line.id} and its SIP endpoint`,
  );
  addResource(p, {
    resource: 'line',
    change: 'delete',
    old: firstExt ? at(firstExt.exten, firstExt.context) : `line ${line.id}`,
    new: null,
  });
  return del;
}

export function firstExtension(p: PersonDraft, ids: readonly number[]): LiveExtension | undefined {
  const id = ids[0];
  return id === undefined ? undefined : p.run.index.extensions.get(id);
}
