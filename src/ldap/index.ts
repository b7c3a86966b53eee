// Public surface of src/ldap: other folders import only this file.
export { type DirectoryEntry, isUnder, normalizeDn, splitRdns, valuesOf } from './entry.ts';
export { LdapError, type LdapOperation } from './errors.ts';
export { type FilterNode, andFilters, equals, matchesFilter, parseFilter, toLdaptsFilter } from './filter.ts';
export { guidToFilterBuffer, guidToString } from './guid.ts';
export { parseLdif } from './parse-ldif.ts';
export {
  type DirectoryOptions,
  type DirectorySource,
  type SearchRequest,
  isAdDisabled,
  ldifSource,
  openDirectory,
  openLdifSource,
  openSource,
} from './directory.ts';
