import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../../errors.ts';
import { parseFaults, startEmulator, type EmulatorFlavour } from '../../emulator/index.ts';
import type { RegisterCommand } from './index.ts';

interface EmulatorFlags {
  flavour: EmulatorFlavour;
  wsUser?: string;
  wsPassword?: string;
  faults?: string;
  host: string;
  port: string;
  authUser?: string;
  authPassword?: string;
  acl?: string[];
  data?: string;
  seed: 'example' | 'none';
  tokenLifetime?: string;
  authPort?: string;
  tlsCert?: string;
  tlsKey?: string;
}

function readPem(file: string, cwd: string, flag: string): Buffer {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${file}`, { cause: error });
  }
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new UsageError(`port must be 0..65535, got '${raw}'`);
  return port;
}

function parseLifetime(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds <= 0)
    throw new UsageError(`--token-lifetime must be a positive integer, got '${raw}'`);
  return seconds;
}

/** `xivo-sync emulator`: serves the XiVO auth + confd emulator until SIGINT/SIGTERM. */
export const registerEmulator: RegisterCommand = (program, ctx, setExitCode) => {
  program
    .command('emulator')
    .description(
      'serve a XiVO auth (/0.1) + confd (/1.1) emulator, and the agents web services of XiVO 16.15, over plain HTTP until interrupted',
    )
    .addOption(
      new Option(
        '--flavour <name>',
        'which XiVO: 16.15 (agents through the web services) or one with confd agents',
      )
        .choices(['xivo-16.15', 'xivo-confd-agents'])
        .default('xivo-16.15'),
    )
    .option(
      '--ws-user <login>',
      'web services access login of the agents web services (or env XIVO_EMULATOR_WS_USER)',
    )
    .option(
      '--ws-password <password>',
      'its password (prefer env XIVO_EMULATOR_WS_PASSWORD: flags show in process lists)',
    )
    .option(
      '--faults <json>',
      'fault injection, the object setFaults takes, e.g. \'{"errorRate":0.1,"seed":7}\'',
    )
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '9486')
    .option('--auth-user <login>', 'webservice user login (or env XIVO_EMULATOR_AUTH_USER)')
    .option(
      '--auth-password <password>',
      'webservice user password (prefer env XIVO_EMULATOR_AUTH_PASSWORD: flags show in process lists)',
    )
    .option('--acl <pattern...>', 'ACLs of the webservice user (default confd.#)')
    .option('--data <file.json>', 'persist the emulated tables in this file across restarts')
    .addOption(new Option('--seed <content>', 'initial content').choices(['example', 'none']).default('none'))
    .option('--token-lifetime <seconds>', 'default token lifetime (xivo-auth: 7200)')
    .option('--auth-port <n>', 'serve auth on this port and confd only on --port, as XiVO does (9497 / 9486)')
    .option('--tls-cert <file.pem>', 'serve HTTPS with this certificate (needs --tls-key)')
    .option('--tls-key <file.pem>', 'private key of --tls-cert')
    .action(async (flags: EmulatorFlags) => {
      const authUser = flags.authUser ?? ctx.env['XIVO_EMULATOR_AUTH_USER'];
      const authPassword = flags.authPassword ?? ctx.env['XIVO_EMULATOR_AUTH_PASSWORD'];
      if (!authUser || !authPassword) {
        throw new UsageError(
          'emulator needs a webservice user: --auth-user/--auth-password or XIVO_EMULATOR_AUTH_USER/XIVO_EMULATOR_AUTH_PASSWORD',
        );
      }
      if ((flags.tlsCert === undefined) !== (flags.tlsKey === undefined)) {
        throw new UsageError('--tls-cert and --tls-key go together');
      }
      const tls =
        flags.tlsCert && flags.tlsKey
          ? {
              cert: readPem(flags.tlsCert, ctx.cwd, '--tls-cert'),
              key: readPem(flags.tlsKey, ctx.cwd, '--tls-key'),
            }
          : undefined;
      const wsUser = flags.wsUser ?? ctx.env['XIVO_EMULATOR_WS_USER'];
      const wsPassword = flags.wsPassword ?? ctx.env['XIVO_EMULATOR_WS_PASSWORD'];
      if ((wsUser === undefined) !== (wsPassword === undefined)) {
        throw new UsageError(
          'the web-services user needs both --ws-user (or XIVO_EMULATOR_WS_USER) and --ws-password (or XIVO_EMULATOR_WS_PASSWORD)',
        );
      }
      const faults = flags.faults === undefined ? undefined : parseFaults(flags.faults);
      const emulator = await startEmulator({
        flavour: flags.flavour,
        ...(wsUser === undefined || wsPassword === undefined ? {} : { wsUser, wsPassword }),
        ...(faults === undefined ? {} : { faults }),
        host: flags.host,
        port: parsePort(flags.port),
        authUser,
        authPassword,
        acls: flags.acl,
        dataFile: flags.data,
        seed: flags.seed,
        tokenLifetimeSeconds: parseLifetime(flags.tokenLifetime),
        authPort: flags.authPort === undefined ? undefined : parsePort(flags.authPort),
        tls,
      });
      ctx.stdout(
        `XiVO emulator listening on ${emulator.url}\n` +
          `  auth:  ${emulator.authUrl}/0.1  (POST /0.1/token, backend xivo_service, user ${authUser})\n` +
          `  confd: ${emulator.url}/1.1  (flavour ${emulator.flavour})\n` +
          (emulator.agentsWebServiceUrl === undefined
            ? ''
            : `  agents web services: ${emulator.agentsWebServiceUrl}  (${wsUser === undefined ? 'no account: set --ws-user' : `user ${wsUser}`})\n`) +
          (faults === undefined ? '' : `  faults: ${JSON.stringify(faults)}\n`) +
          (flags.data ? `  data:  ${flags.data}\n` : '') +
          'Press Ctrl-C to stop.\n',
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await emulator.close();
      ctx.stdout('XiVO emulator stopped.\n');
      setExitCode(0);
    });
};
