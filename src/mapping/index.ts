// Public surface of src/mapping: other folders import only this file.
export {};
