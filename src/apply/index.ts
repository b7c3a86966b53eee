// Public surface of src/apply: other folders import only this file.
export {};
