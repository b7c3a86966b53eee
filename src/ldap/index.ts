// Public surface of src/ldap: other folders import only this file.
export { type DirectoryEntry, isUnder } from './entry.ts';
export { LdapError } from './errors.ts';
export {
  type FilterNode,
  andFilters,
  equals,
  filterAttributes,
  matchesFilter,
  parseFilter,
} from './filter.ts';
export { guidToFilterBuffer, guidToString } from './guid.ts';
export { parseLdif } from './parse-ldif.ts';
export { type LdifChange, type LdifModification, parseLdifChanges } from './parse-ldif-changes.ts';
export { applyLdifChanges } from './apply-ldif-changes.ts';
export { type RenderLdifOptions, renderLdifContent } from './render-ldif-content.ts';
export {
  type Directory,
  type DirectoryModification,
  type DirectoryOptions,
  type DirectorySource,
  isAdDisabled,
  ldifSource,
  openDirectory,
  openLdifSource,
  openSource,
} from './directory.ts';
