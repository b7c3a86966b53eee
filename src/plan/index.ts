// Public surface of src/plan: other folders import only this file.
export {};
