import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { authenticate, hasAcl, TokenStore, tokenData, type TokenRecord } from './auth.ts';
import { ConfdError, errors } from './errors.ts';
import { FaultInjector, type FaultDecision } from './faults.ts';
import { Presenter } from './present.ts';
import { buildConfdRoutes, matchRoute, renderAcl } from './routes.ts';
import type { RouteResult } from './route-kit.ts';
import { applySeed, exampleSeed } from './seed.ts';
import { ConfdStore } from './store.ts';
import { handleAgentsWebServices, isWebServicesPath, webServicesRoute } from './ws-agents.ts';
import type { EmulatorOptions, RequestLogEntry, RunningEmulator } from './types.ts';

import {
  EmulatorStartError,
  FLASK_400,
  FLASK_500,
  type Reply,
  authError,
  createRequestLog,
  isJson,
  readBody,
  readDataFile,
} from './http-support.ts';
/** Which API a listening socket serves: both on one port, or XiVO's split (auth 9497, confd 9486). */
type Scope = 'both' | 'auth' | 'confd';

const AUTH_ROUTES = [
  { method: 'POST', template: '/0.1/token' },
  { method: 'GET', template: '/0.1/token/{token}' },
  { method: 'HEAD', template: '/0.1/token/{token}' },
  { method: 'DELETE', template: '/0.1/token/{token}' },
  { method: 'GET', template: '/0.1/backends' },
];

/** The backends a stock xivo-auth enables (XA `etc/xivo-auth/config.yml`). */
const BACKENDS = ['ldap_user', 'xivo_admin', 'xivo_service', 'xivo_user'];

/**
 * Starts the emulator: xivo-auth 0.1 and confd 1.1 on one port (or two, with `authPort`), plain
 * HTTP unless `tls` is given. Resolves once listening.
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const clock = options.clock ?? Date.now;
  const acls = options.acls ?? ['confd.#'];
  const lifetime = options.tokenLifetimeSeconds ?? 7200;
  const store = new ConfdStore();
  const tokens = new TokenStore(clock);
  const faults = new FaultInjector();
  faults.set(options.faults ?? {});
  const requestLog = createRequestLog();
  const flavour = options.flavour ?? 'xivo-16.15';
  const wsAccount = { user: options.wsUser, password: options.wsPassword };
  // XiVO 16.15's confd has no agents CRUD (its specs have only the user ↔ agent association).
  const routes = buildConfdRoutes(store).filter(
    (route) => flavour !== 'xivo-16.15' || !route.template.startsWith('/agents'),
  );
  const digestOpaque = randomBytes(16).toString('hex');

  const loaded = options.dataFile ? readDataFile(options.dataFile) : undefined;
  if (loaded) store.loadData(loaded);
  else if (options.seed === 'example') applySeed(store, exampleSeed());

  // Persistence: coalesce the writes of one burst into one file write.
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!options.dataFile) return;
    const temp = `${options.dataFile}.tmp`;
    writeFileSync(temp, `${JSON.stringify(store.toData(), null, 2)}\n`);
    renameSync(temp, options.dataFile);
  };
  if (options.dataFile) {
    store.onChange = () => {
      flushTimer ??= setTimeout(flush, 50);
    };
    if (!loaded) flush();
  }

  let url = '';

  const handleAuth = (
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    raw: string,
  ): Reply => {
    if (method === 'GET' && path === '/0.1/backends') return { status: 200, body: { data: BACKENDS } };
    if (method === 'POST' && path === '/0.1/token') {
      const header = req.headers.authorization ?? '';
      const match = /^Basic\s+(.+)$/i.exec(header);
      const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
      const separator = decoded.indexOf(':');
      const login = separator >= 0 ? decoded.slice(0, separator) : '';
      const password = separator >= 0 ? decoded.slice(separator + 1) : '';
      let body: unknown;
      try {
        body = raw.trim() === '' || !isJson(req) ? undefined : JSON.parse(raw);
      } catch {
        return { status: 400, body: FLASK_400 };
      }
      if (typeof body !== 'object' || body === null || !('backend' in body))
        return { status: 500, body: FLASK_500 };
      const { backend, expiration } = body as { backend: unknown; expiration?: unknown };
      const service = { login: options.authUser, password: options.authPassword, acls };
      const who = authenticate(backend, login, password, service, store.users.values());
      if (who === undefined) return authError(401, 'Authentication Failed', clock);
      let seconds = lifetime;
      if (expiration !== undefined) {
        if (typeof expiration !== 'number' || !Number.isInteger(expiration) || expiration <= 0) {
          return authError(400, 'Invalid expiration', clock);
        }
        seconds = expiration;
      }
      return { status: 200, body: { data: tokenData(tokens.issue(who, seconds)) } };
    }
    const token = path.slice('/0.1/token/'.length);
    if (method === 'DELETE') {
      tokens.revoke(token);
      return { status: 200, body: { data: { message: 'success' } } };
    }
    const record = tokens.find(token);
    const scope = query.get('scope');
    const head = method === 'HEAD';
    if (!record) return head ? { status: 404 } : authError(404, 'No such token', clock);
    if (scope !== null && !hasAcl(record, scope)) {
      return head ? { status: 403 } : authError(403, `Unauthorized for ${scope}`, clock);
    }
    return head ? { status: 204 } : { status: 200, body: { data: tokenData(record) } };
  };

  /** confd's fallback when the token does not grant the ACL: HTTP Digest challenge, flask-httpauth body. */
  const unauthorized = (): Reply => ({
    status: 401,
    headers: {
      'WWW-Authenticate': `Digest realm="Authentication Required",nonce="${randomBytes(16).toString('hex')}",opaque="${digestOpaque}"`,
      'Content-Type': 'text/html; charset=utf-8',
    },
    body: 'Unauthorized Access',
  });

  const handleConfd = (
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    raw: string,
  ): Reply => {
    const match = matchRoute(routes, method, path.slice('/1.1'.length));
    if (!('route' in match)) {
      return match.methodMismatch
        ? { status: 405, body: ['The method is not allowed for the requested URL.'] }
        : {
            status: 404,
            body: [
              'The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.',
            ],
          };
    }
    const tokenHeader = req.headers['x-auth-token'];
    const record: TokenRecord | undefined =
      typeof tokenHeader === 'string' ? tokens.find(tokenHeader) : undefined;
    if (!record || !hasAcl(record, renderAcl(match.route.acl, match.params))) return unauthorized();
    const host = req.headers.host;
    const present = new Presenter(store, host ? `${options.tls ? 'https' : 'http'}://${host}` : url);
    let parsed: { value: unknown } | undefined;
    const result: RouteResult = match.route.handle({
      params: match.params,
      query,
      store,
      present,
      body: () => {
        if (!parsed) {
          if (raw.trim() === '') parsed = { value: {} };
          else if (!isJson(req)) parsed = { value: null };
          else {
            try {
              parsed = { value: JSON.parse(raw) };
            } catch {
              throw errors.badJson();
            }
          }
        }
        return parsed.value;
      },
    });
    return { status: result.status, headers: result.headers, body: result.body };
  };

  const routeOf = (method: string, path: string, query: URLSearchParams): string => {
    if (isWebServicesPath(path)) return webServicesRoute(path, query);
    if (path.startsWith('/1.1/')) {
      const match = matchRoute(routes, method, path.slice('/1.1'.length));
      return 'route' in match ? `/1.1${match.route.template}` : path;
    }
    const match = matchRoute(AUTH_ROUTES, method, path);
    return 'route' in match ? match.route.template : path;
  };

  const notFound: Reply = {
    status: 404,
    body: [
      'The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.',
    ],
  };

  const dispatch = (
    scope: Scope,
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    raw: string,
  ): Reply => {
    try {
      const isAuth = path === '/0.1/backends' || path === '/0.1/token' || path.startsWith('/0.1/token/');
      if ((isAuth && scope === 'confd') || (path.startsWith('/1.1/') && scope === 'auth')) return notFound;
      if (isAuth) {
        const known = 'route' in matchRoute(AUTH_ROUTES, method, path);
        if (known) return handleAuth(method, path, query, req, raw);
        return { status: 405, body: authError(405, 'Method Not Allowed', clock).body };
      }
      if (path.startsWith('/1.1/')) return handleConfd(method, path, query, req, raw);
      if (isWebServicesPath(path) && flavour === 'xivo-16.15' && scope !== 'auth')
        return handleAgentsWebServices(store, wsAccount, { path, query, raw, req });
      return notFound;
    } catch (error) {
      if (error instanceof ConfdError) return { status: error.status, body: error.messages };
      const message = error instanceof Error ? error.message : String(error);
      return { status: 500, body: [`Unexpected error: ${message}`] };
    }
  };

  const held = new Set<ServerResponse>();

  const send = (res: ServerResponse, reply: Reply, method: string): void => {
    const headers: Record<string, string> = { ...reply.headers };
    let payload = '';
    if (reply.body !== undefined && reply.status !== 204) {
      if (typeof reply.body === 'string') {
        payload = reply.body;
        headers['Content-Type'] ??= 'text/html; charset=utf-8';
      } else {
        payload = JSON.stringify(reply.body);
        headers['Content-Type'] = 'application/json';
      }
    }
    headers['Content-Length'] = String(Buffer.byteLength(payload));
    res.writeHead(reply.status, headers);
    res.end(method === 'HEAD' ? undefined : payload);
  };

  /** Applies an injected fault; returns the status logged (0 when nothing was answered). */
  const applyFault = (
    res: ServerResponse,
    fault: Exclude<FaultDecision, { kind: 'none' }>,
    method: string,
  ): number => {
    switch (fault.kind) {
      case 'error':
        send(
          res,
          { status: fault.status, body: [`Unexpected error: injected fault (${fault.status})`] },
          method,
        );
        return fault.status;
      case 'rateLimit':
        send(
          res,
          {
            status: 429,
            headers: { 'Retry-After': String(fault.retryAfterSeconds) },
            body: ['Too Many Requests'],
          },
          method,
        );
        return 429;
      case 'reset':
        res.socket?.destroy();
        return 0;
      case 'timeout':
        held.add(res);
        res.on('close', () => held.delete(res));
        return 0;
    }
  };

  const listener =
    (scope: Scope): RequestListener =>
    (req, res) => {
      void (async () => {
        const method = (req.method ?? 'GET').toUpperCase();
        const parsedUrl = new URL(req.url ?? '/', 'http://emulator');
        const path = parsedUrl.pathname;
        const entry: RequestLogEntry = {
          method,
          path,
          route: routeOf(method, path, parsedUrl.searchParams),
          status: 0,
        };
        requestLog.entries.push(entry);
        const raw = await readBody(req);
        const eligible = faults.isEligible(method, path);
        if (eligible) {
          const delay = faults.latencyMs();
          if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        }
        const fault: FaultDecision = eligible ? faults.decide() : { kind: 'none' };
        if (fault.kind !== 'none' && faults.phase === 'before') {
          entry.status = applyFault(res, fault, method);
          return;
        }
        const reply = dispatch(scope, method, path, parsedUrl.searchParams, req, raw);
        if (fault.kind !== 'none') {
          entry.status = applyFault(res, fault, method);
          return;
        }
        entry.status = reply.status;
        send(res, reply, method);
      })().catch((error: unknown) => {
        // Only a broken socket gets here; there is nobody left to answer.
        if (!res.headersSent) send(res, { status: 500, body: [`Unexpected error: ${String(error)}`] }, 'GET');
      });
    };

  const sockets = new Set<Socket>();
  const host = options.host ?? '127.0.0.1';
  const listen = async (
    scope: Scope,
    port: number,
  ): Promise<{ server: Server; url: string; port: number }> => {
    const server: Server = options.tls
      ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, listener(scope))
      : createServer(listener(scope));
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new EmulatorStartError(`cannot listen on ${host}:${port}`, { cause: error })),
      );
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const displayHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      server,
      url: `${options.tls ? 'https' : 'http'}://${displayHost}:${address.port}`,
      port: address.port,
    };
  };

  const main = await listen(options.authPort === undefined ? 'both' : 'confd', options.port ?? 0);
  const authServer = options.authPort === undefined ? undefined : await listen('auth', options.authPort);
  url = main.url;

  return {
    flavour,
    ...(flavour === 'xivo-16.15'
      ? { agentsWebServiceUrl: `${url}/callcenter/json.php/restricted/settings/agents/` }
      : {}),
    url,
    port: main.port,
    authUrl: authServer?.url ?? url,
    setFaults: (next) => faults.set(next),
    requestLog,
    seed: (data) => applySeed(store, data),
    snapshot: () => store.toData(),
    revokeAllTokens: () => tokens.revokeAll(),
    close: async () => {
      flush();
      for (const res of held) res.socket?.destroy();
      for (const socket of sockets) socket.destroy();
      for (const server of [main.server, authServer?.server]) {
        if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}
