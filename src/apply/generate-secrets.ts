import { randomInt } from 'node:crypto';

const PASSWORD_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 16 characters from an unambiguous alphabet: ~92 bits, within confd's `{4,64}` user password rule. */
export function generatePassword(): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return out;
}

/** A 6-digit voicemail PIN, the length phones prompt for. */
export function generatePin(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}
