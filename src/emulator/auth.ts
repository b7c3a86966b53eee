import { randomUUID } from 'node:crypto';

/**
 * xivo-auth 0.1: backends `xivo_service` (the webservice user) and `xivo_user` (a XiVO user by username
 * and password), tokens that expire and are then gone (no refresh), ACL patterns with `*` (one word)
 * and `#` (anything).
 */

export interface TokenRecord {
  token: string;
  authId: string;
  /** The XiVO user's uuid for a `xivo_user` token; null for the webservice user. */
  userUuid: string | null;
  acls: string[];
  issuedAtMs: number;
  expiresAtMs: number;
}

/** xivo-auth formats `datetime.now().isoformat()`: server local time, microseconds, no offset. */
function formatLocalIso(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}000`
  );
}

const aclCache = new Map<string, RegExp>();

/** xivo-auth `token.py`: dots are literal, `*` matches one word, `#` matches the rest. */
function aclRegExp(pattern: string, authId: string): RegExp {
  const key = `${authId}\u0000${pattern}`;
  let regexp = aclCache.get(key);
  if (!regexp) {
    const body = pattern
      .split('.')
      .map((word) => {
        if (word === 'me') return authId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return word
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^.]*')
          .replace(/#/g, '.*');
      })
      .join('\\.');
    regexp = new RegExp(`^${body}$`);
    aclCache.set(key, regexp);
  }
  return regexp;
}

export function hasAcl(token: TokenRecord, required: string): boolean {
  return token.acls.some((pattern) => aclRegExp(pattern, token.authId).test(required));
}

export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly clock: () => number;

  constructor(clock: () => number) {
    this.clock = clock;
  }

  issue(who: Authenticated, expirationSeconds: number): TokenRecord {
    const now = this.clock();
    const { authId, acls, userUuid } = who;
    const record: TokenRecord = {
      token: randomUUID(),
      authId,
      userUuid,
      acls: [...acls],
      issuedAtMs: now,
      expiresAtMs: now + expirationSeconds * 1000,
    };
    this.tokens.set(record.token, record);
    return record;
  }

  /** A live token, or undefined when unknown, revoked or expired (expired ones are purged). */
  find(token: string): TokenRecord | undefined {
    const record = this.tokens.get(token);
    if (!record) return undefined;
    if (this.clock() >= record.expiresAtMs) {
      this.tokens.delete(token);
      return undefined;
    }
    return record;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  revokeAll(): void {
    this.tokens.clear();
  }
}

export function tokenData(record: TokenRecord): Record<string, unknown> {
  return {
    token: record.token,
    auth_id: record.authId,
    xivo_user_uuid: record.userUuid,
    issued_at: formatLocalIso(record.issuedAtMs),
    expires_at: formatLocalIso(record.expiresAtMs),
    acls: [...record.acls],
  };
}

/** Who a token is for. */
export interface Authenticated {
  authId: string;
  acls: string[];
  userUuid: string | null;
}

/**
 * The login a `POST /0.1/token` names, per backend (reference xivo-api.md §1.2–1.3, XA
 * `plugins/backends/xivo_service.py` and `xivo_user.py`): `xivo_service` is the configured webservice
 * user with its ACLs; `xivo_user` a XiVO user whose username and password match, auth_id and
 * xivo_user_uuid its uuid. The ACL templates of `xivo_user` are not modelled: its tokens carry none,
 * so they prove a login and open no confd route. Anything else: undefined (401).
 */
export function authenticate(
  backend: unknown,
  login: string,
  password: string,
  service: { login: string; password: string; acls: string[] },
  users: Iterable<{ uuid: string; username: string | null; password: string | null }>,
): Authenticated | undefined {
  if (backend === 'xivo_service') {
    return login === service.login && password === service.password
      ? { authId: '1', acls: service.acls, userUuid: null }
      : undefined;
  }
  if (backend === 'xivo_user' && login !== '' && password !== '') {
    for (const user of users) {
      if (user.username === login && user.password === password)
        return { authId: user.uuid, acls: [], userUuid: user.uuid };
    }
  }
  return undefined;
}
