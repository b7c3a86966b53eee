import {
  type ConnectionContext,
  type ResolvedConfig,
  XIVO_PAGE_SIZE,
  resolveXivoConnection,
} from '../config/index.ts';
import type { ExportInput } from '../mapping/index.ts';
import { normalizePhone } from '../numbering/index.ts';
import { INTERNAL_PERMISSIONS } from '../prepare/index.ts';
import { type Inventory, createXivoClient, fetchInventory } from '../xivo/index.ts';

// Loaded by `export --xivo` only: the XiVO client (axios, its response schemas) is not needed otherwise.

export type XivoInputs = Required<Pick<ExportInput, 'usedInXivo' | 'xivoOwned'>>;

/**
 * Reads the XiVO inventory once (paged list calls only): the numbers it holds, and the fields of
 * each managed user, from which `owner: xivo` fields are taken.
 */
export async function fetchXivoInputs(
  config: ResolvedConfig,
  connection: ConnectionContext,
): Promise<XivoInputs> {
  const client = createXivoClient(resolveXivoConnection(config, connection));
  try {
    const inventory = await fetchInventory(client, {
      keyField: config.identity.xivoField,
      pageSize: XIVO_PAGE_SIZE,
      // An apply may hold (and drop) its lock while this runs.
      ignoreCallPermissions: INTERNAL_PERMISSIONS,
    });
    const ambiguous = new Set(inventory.duplicateKeys);
    const byKey = new Map<string, Readonly<Record<string, unknown>>>();
    for (const user of inventory.users)
      if (user.key !== null && !ambiguous.has(user.key)) byKey.set(user.key, user.fields);
    return {
      usedInXivo: numbersUsedInXivo(
        inventory,
        config.sites.map((site) => site.country),
      ),
      xivoOwned: { byKey, ambiguous },
    };
  } finally {
    client.close();
  }
}

/**
 * Every number XiVO uses, by anyone, in the forms the allocator compares: extensions as dialled,
 * voicemail and agent numbers, and each incall extension also in E.164 (read with each site's country),
 * since DID pools are E.164 ranges. Over-excluding only skips a free number; under-excluding would
 * hand out one XiVO refuses.
 */
function numbersUsedInXivo(inventory: Inventory, countries: readonly string[]): Set<string> {
  const used = new Set<string>();
  const incallContexts = new Set(inventory.contexts.filter((c) => c.type === 'incall').map((c) => c.name));
  for (const [context, extensions] of Object.entries(inventory.extensionsByContext)) {
    for (const { exten } of extensions) {
      used.add(exten);
      if (!incallContexts.has(context)) continue;
      for (const country of new Set(countries)) {
        const phone = normalizePhone(exten, country);
        if (phone.ok) used.add(phone.e164);
      }
    }
  }
  const users = [...inventory.users, ...inventory.unmanaged.users];
  for (const user of users) {
    if (user.voicemail) used.add(user.voicemail.number);
    if (user.agent) used.add(user.agent.number);
  }
  for (const voicemail of inventory.unmanaged.voicemails) used.add(voicemail.number);
  for (const agent of inventory.unmanaged.agents) used.add(agent.number);
  return used;
}
