// Public surface of src/notify: other folders import only this file.
export {};
