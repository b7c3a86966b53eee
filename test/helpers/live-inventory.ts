import { liveInventoryFrom } from '../../src/apply/index.ts';
import type { LiveInventory } from '../../src/plan/index.ts';
import { fetchInventory, type KeyField, type XivoClient } from '../../src/xivo/index.ts';

/** The planner's view of a XiVO, read as `plan` and `apply` read it (pages of 5,000). */
export async function readLiveInventory(
  client: XivoClient,
  keyField: KeyField = 'userfield',
  pageSize = 5000,
): Promise<LiveInventory> {
  return liveInventoryFrom(await fetchInventory(client, { keyField, pageSize }));
}
