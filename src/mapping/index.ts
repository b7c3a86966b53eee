// Public surface of src/mapping: other folders import only this file.
export { MappingError } from './errors.ts';
export { type KeyResult, guidBytesToString, keyOf } from './identifier.ts';
export {
  type FilterCall,
  type FilterName,
  type RenderOptions,
  type Template,
  type TemplatePart,
  TemplateValueError,
  type ValueLookup,
  parseTemplate,
  renderTemplate,
  toAscii,
} from './template.ts';
export {
  type AllocatedNumbers,
  type MapContext,
  type MapResult,
  type MappableEntry,
  type NumberRequest,
  type Provenance,
  type Rejection,
} from './map-result.ts';
export { attributesNeeded, mappingTemplates } from './mapping-templates.ts';
export { completeNumbers } from './complete-numbers.ts';
export { mapEntry } from './map-entry.ts';
export { type ExportResult, computeExport } from './compute-export.ts';
export { type ExportInput, type PreparedEntry } from './export-input.ts';
export { entryPreparer } from './entry-preparer.ts';
