import { Attribute, Change, Client, EqualityFilter, InvalidCredentialsError } from 'ldapts';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ldapService } from '../helpers/services.ts';
import { startSlapd } from './slapd.ts';
import type { SlapdInstance } from './slapd.ts';

function generatedPeople(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `dn: uid=person${i},ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: person${i}
cn: Hélène Person${i}
sn: Person${i}
telephoneNumber: +33 4 72 00 ${String(i).padStart(4, '0')}
`,
  ).join('\n');
}

async function connect(server: { url: string; adminDn: string; adminPassword: string }): Promise<Client> {
  const client = new Client({ url: server.url });
  await client.bind(server.adminDn, server.adminPassword);
  return client;
}

describe('startSlapd', () => {
  let slapd: SlapdInstance;
  let client: Client;

  beforeAll(async () => {
    slapd = await startSlapd({ ldif: [generatedPeople(250)] });
    client = await connect(slapd);
  });

  afterAll(async () => {
    await client.unbind();
    await slapd.stop();
  });

  it('serves the seeded entries page by page', async () => {
    const pages: number[] = [];
    const uids = new Set<string>();

    for await (const page of client.searchPaginated('ou=people,dc=example,dc=com', {
      scope: 'one',
      filter: '(objectClass=inetOrgPerson)',
      attributes: ['uid'],
      paged: { pageSize: 100 },
    })) {
      pages.push(page.searchEntries.length);
      for (const entry of page.searchEntries) uids.add(String(entry['uid']));
    }

    expect(pages).toEqual([100, 100, 50]);
    expect(uids.size).toBe(250);
    expect(uids).toContain('person249');
  });

  it('round-trips values with accents, from slapadd and from an LDAP modify', async () => {
    const dn = 'uid=person7,ou=people,dc=example,dc=com';

    const seeded = await client.search(dn, { scope: 'base', attributes: ['cn'] });
    await client.modify(dn, [
      new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'sn', values: ['Lefèvre-Œuvrard'] }),
      }),
    ]);
    const found = await client.search('ou=people,dc=example,dc=com', {
      filter: new EqualityFilter({ attribute: 'sn', value: 'Lefèvre-Œuvrard' }),
      attributes: ['sn'],
    });

    expect(seeded.searchEntries[0]?.['cn']).toBe('Hélène Person7');
    expect(found.searchEntries).toEqual([{ dn, sn: 'Lefèvre-Œuvrard' }]);
  });

  it('keeps memberOf in step when a group is added over LDAP (memberof overlay)', async () => {
    await client.add('cn=testers,ou=groups,dc=example,dc=com', {
      objectClass: 'groupOfNames',
      cn: 'testers',
      member: ['uid=person1,ou=people,dc=example,dc=com', 'uid=person2,ou=people,dc=example,dc=com'],
    });

    const { searchEntries } = await client.search('ou=people,dc=example,dc=com', {
      filter: '(memberOf=cn=testers,ou=groups,dc=example,dc=com)',
      attributes: ['uid'],
    });

    expect(searchEntries.map((entry) => entry['uid']).sort()).toEqual(['person1', 'person2']);
  });

  it('refuses a wrong admin password', async () => {
    const other = new Client({ url: slapd.url });

    await expect(other.bind(slapd.adminDn, 'wrong')).rejects.toBeInstanceOf(InvalidCredentialsError);

    await other.unbind();
  });
});

describe('startSlapd failures and stop', () => {
  it("fails with slapadd's own message when the seed LDIF breaks the schema", async () => {
    const bad = 'dn: uid=x,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: x\ncn: X\n';

    await expect(startSlapd({ ldif: [bad] })).rejects.toThrow(
      /slapadd rejected.*object class 'inetOrgPerson' requires attribute 'sn'/s,
    );
  });

  it('stops: the port closes and the temp dir is removed', async () => {
    const slapd = await startSlapd();
    const client = new Client({ url: slapd.url, connectTimeout: 500 });

    await slapd.stop();

    await expect(client.bind(slapd.adminDn, slapd.adminPassword)).rejects.toThrow(/ECONNREFUSED|connect/i);
    expect(existsSync(slapd.dir)).toBe(false);
    await client.unbind();
  });

  it('starts well under 200 ms', async () => {
    const started = performance.now();
    const slapd = await startSlapd();
    const elapsed = performance.now() - started;
    await slapd.stop();

    // Generous against a loaded 2-core machine; measured 60–100 ms.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('the shared slapd of the global setup', () => {
  it('holds the ldap-base fixtures: accents, custom schema, memberOf, a locked account', async () => {
    const service = ldapService();
    const client = await connect(service);
    try {
      const { searchEntries } = await client.search(service.peopleDn, {
        scope: 'one',
        filter: '(objectClass=inetOrgPerson)',
        attributes: ['uid', 'cn', 'memberOf', 'exampleCostCenter', 'pwdAccountLockedTime'],
      });
      const byUid = new Map(searchEntries.map((entry) => [String(entry['uid']), entry]));

      expect(byUid.get('edupre')?.['cn']).toBe('Élodie Dupré');
      expect(byUid.get('anguyen')?.['memberOf']).toBe('cn=call-center,ou=groups,dc=example,dc=com');
      expect(byUid.get('zchassagne')?.['exampleCostCenter']).toBe('CC-75-FIN');
      expect(byUid.get('jbezier')?.['pwdAccountLockedTime']).toBe('000001010000Z');
      expect(byUid.get('edupre')?.['pwdAccountLockedTime']).toEqual([]);
    } finally {
      await client.unbind();
    }
  });
});

describe('a process that started slapd', () => {
  it('stops it and removes its files when killed with SIGTERM', async () => {
    const slapdModule = path.join(import.meta.dirname, 'slapd.ts');
    const script = `import { startSlapd } from ${JSON.stringify(slapdModule)};
const s = await startSlapd({});
process.stdout.write(JSON.stringify({ dir: s.dir, url: s.url, adminDn: s.adminDn, adminPassword: s.adminPassword }) + '\\n');
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    for await (const chunk of child.stdout) {
      out += chunk as string;
      if (out.includes('\n')) break;
    }
    const started = JSON.parse(out) as { dir: string; url: string; adminDn: string; adminPassword: string };
    const client = await connect(started);
    await client.unbind();
    expect(existsSync(started.dir)).toBe(true);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];

    expect(code).toBe(143);
    expect(existsSync(started.dir)).toBe(false);
    await expect(connect(started)).rejects.toThrow(/ECONNREFUSED|connect/i);
  });
});
