export { createXivoClient } from './create-xivo-client.ts';
export type {
  HttpMethod,
  RequestOptions,
  ResourceApi,
  XivoClient,
  XivoClientLogger,
  XivoClientOptions,
} from './create-xivo-client.ts';
export { XivoApiError } from './xivo-api-error.ts';
export type { SchemaName } from './schema.ts';
export type * from './types.ts';
