export { createXivoClient } from './create-xivo-client.ts';
export type { HttpMethod, XivoClient, XivoClientOptions } from './xivo-client.ts';
export { XivoApiError } from './xivo-api-error.ts';
export type * from './types.ts';
export type { AgentRecord, AgentsAccess, AgentsApi, AgentWrite } from './agents-api.ts';
