// Public surface of src/config: other folders import only this file.
export {};
