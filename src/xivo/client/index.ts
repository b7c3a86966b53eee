export { createXivoClient } from './create-xivo-client.ts';
export type { HttpMethod, XivoClient, XivoClientOptions } from './xivo-client.ts';
export { XivoApiError } from './xivo-api-error.ts';
export type * from './types.ts';
export type { AgentRecord, AgentsAccess, AgentsApi, AgentsBackend, AgentWrite } from './agents-api.ts';
export { WS_AGENTS_PATH } from './webservices-agents.ts';
