// Public surface of src/xivo: other folders import only this file.
export {};
