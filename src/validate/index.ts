// Public surface of src/validate: the offline check of a repository.
export { type RepositoryCheck, checkRepository } from './check-repository.ts';
