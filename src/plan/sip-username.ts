import { createHash } from 'node:crypto';

/**
 * The SIP username of a person's line, derived from the key so that an interrupted apply finds the
 * endpoint it already created. confd allows `^[a-zA-Z0-9_-]{1,40}$`; keys may hold any character, so
 * the name is a hash rather than the key itself. 20 hex digits (80 bits) make a collision between
 * two people of one XiVO negligible.
 */
export function sipUsername(key: string): string {
  return `xs-${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 20)}`;
}
