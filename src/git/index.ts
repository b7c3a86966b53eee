// Public surface of src/git: other folders import only this file.
export {};
