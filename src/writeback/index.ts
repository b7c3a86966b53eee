// Public surface of src/writeback: other folders import only this file.
export {};
