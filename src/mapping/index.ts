// Public surface of src/mapping: other folders import only this file.
export { MappingError } from './errors.ts';
export { guidBytesToString, keyOf } from './identifier.ts';
export { TemplateValueError, parseTemplate, renderTemplate, toAscii } from './template.ts';
export { type MapResult, type MappableEntry, type Provenance, type Rejection } from './map-result.ts';
export { attributesNeeded, mappingTemplates } from './mapping-templates.ts';
export { completeNumbers } from './complete-numbers.ts';
export { mapEntry } from './map-entry.ts';
export { type ExportResult, computeExport } from './compute-export.ts';
export { type ExportInput, type PreparedEntry } from './export-input.ts';
export { type MappingMemo, entryPreparer } from './entry-preparer.ts';
export { recallableMappings } from './mapped-from-state.ts';
