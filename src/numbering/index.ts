// Public surface of src/numbering: other folders import only this file.
export {};
