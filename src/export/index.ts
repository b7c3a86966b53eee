// Public surface of src/export: the export stage.
export { type ExportReport, type RunExportOptions, runExport } from './run-export.ts';
