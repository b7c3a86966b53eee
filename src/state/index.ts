// Public surface of src/state: other folders import only this file.
export {};
