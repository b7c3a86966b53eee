// Public surface of src/ldap: other folders import only this file.
export {};
