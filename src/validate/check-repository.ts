import path from 'node:path';
import { compareText } from '../compare-text.ts';
import { readMappings } from '../config/index.ts';
import { type Issue, checkStateConsistency, readStateDir } from '../state/index.ts';

export interface RepositoryCheck {
  /** Every problem of mappings/ and state/, sorted by file, pointer and rule. */
  issues: Issue[];
  stateFiles: number;
  mappingFiles: number;
}

/**
 * The validate stage, offline: mappings/ and state/ against their schemas, then the cross-file rules
 * (uniqueness, ranges, the mapping's sites and grants, quarantine). Never throws for bad content.
 */
export async function checkRepository(repoDir: string): Promise<RepositoryCheck> {
  const mappings = await readMappings(path.join(repoDir, 'mappings'));
  const state = await readStateDir(path.join(repoDir, 'state'));
  const crossFile = checkStateConsistency(state.users, mappings.config, state.quarantine);
  return {
    issues: [...mappings.issues, ...state.issues, ...crossFile].sort(compareIssues),
    stateFiles: state.fileCount,
    mappingFiles: mappings.files.length,
  };
}

function compareIssues(a: Issue, b: Issue): number {
  return compareText(a.file, b.file) || compareText(a.pointer, b.pointer) || compareText(a.rule, b.rule);
}
