// Public surface of src/xivo: other folders import only this file.
export * from './client/index.ts';
export * from './inventory/index.ts';
