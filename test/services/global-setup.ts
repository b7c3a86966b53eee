// Starts the real services the suite needs (slapd, Samba AD DC, SMTP) once, and tears them down.
// Filled in by the test-services work; a service that cannot start fails the whole run loudly.
export default function setup(): void {}
