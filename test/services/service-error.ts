/**
 * A real test service (slapd, Samba AD DC, SMTP sink) could not start or stop. The message carries the
 * service's own output so that a failing suite says why, instead of skipping.
 */
export class ServiceError extends Error {
  readonly service: string;

  constructor(service: string, message: string, options?: ErrorOptions) {
    super(`${service}: ${message}`, options);
    this.name = new.target.name;
    this.service = service;
  }
}

/** Keeps the end of a child's output: the last lines are the ones that say why it died. */
export function tailOf(text: string, maxChars = 4000): string {
  const trimmed = text.trim();
  return trimmed.length <= maxChars ? trimmed : `…${trimmed.slice(-maxChars)}`;
}
