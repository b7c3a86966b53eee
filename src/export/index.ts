// Public surface of src/export: the export stage.
export {
  type ExplainedExport,
  type ExportReport,
  type RunExportOptions,
  explainExport,
  runExport,
} from './run-export.ts';
