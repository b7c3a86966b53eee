import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../helpers/builders.ts';
import { startTestEmulator, xivoEnv } from '../helpers/emulator.ts';
import { spawnApply } from '../helpers/spawn-apply.ts';
import { exampleCopy, testdir } from '../helpers/tmp-dir.ts';

// Exactly one onboarding mail per new user, with credentials that work, although apply is killed
// (SIGKILL) at 10 random points of a 50-person first apply and run again each time.

const PEOPLE = 50;

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('onboarding under SIGKILL', () => {
  it(
    '10 kills during a 50-person first apply: each new user has one mail, and its credentials work',
    { timeout: 180_000 },
    async () => {
      const emu = await startTestEmulator({ seed: 'example' });
      emu.setFaults({ latencyMs: 1 });
      const repo = await exampleCopy();
      const mails = await testdir('crash-mails');
      const users = path.join(repo, 'state', 'users');
      await rm(users, { recursive: true });
      // The example's quarantine holds numbers these people take.
      await rm(path.join(repo, 'state', 'numbers'), { recursive: true, force: true });
      await (await import('node:fs/promises')).mkdir(users);
      for (let i = 1; i <= PEOPLE; i++) {
        const state = buildUser(String(i));
        await writeFile(path.join(users, `${i}.json`), `${JSON.stringify(state, null, 2)}\n`);
      }
      const env = xivoEnv(emu);
      const args = ['--no-writeback', '--mail-dir', mails];
      const random = prng(20261129);

      const kills = [];
      for (let k = 0; k < 10; k++) {
        // About 15 writes per person (steps, credentials, marker): kill somewhere in what is left.
        const killAt = emu.requestLog.countWrites() + 1 + Math.floor(random() * 120);
        kills.push(await spawnApply({ repo, env, emu, killAfterWrites: killAt, args }));
      }
      const final = await spawnApply({ repo, env, emu, args });

      // Each run either died by the kill or, when the kill point came after its end, finished cleanly.
      for (const k of kills) expect(k.signal === 'SIGKILL' || k.code === 0, k.stderr).toBe(true);
      expect(kills.filter((k) => k.signal === 'SIGKILL').length).toBeGreaterThanOrEqual(8);
      expect(final.code, final.stderr).toBe(0);
      const files = (await readdir(mails)).filter((n) => n.endsWith('.eml')).sort();
      expect(files).toHaveLength(PEOPLE);
      const data = emu.snapshot();
      for (const name of files) {
        const key = name.replace(/\.eml$/, '');
        const mail = await simpleParser(await readFile(path.join(mails, name)));
        const user = data.users.find((u) => u.userfield === key);
        expect(/Mot de passe : (\S+)/.exec(mail.text ?? '')?.[1], `${key}: mailed password`).toBe(
          user?.password,
        );
        const link = data.userVoicemails.find((l) => l.user_id === user?.id);
        const voicemail = data.voicemails.find((v) => v.id === link?.voicemail_id);
        expect(/code (\d{6})/.exec(mail.text ?? '')?.[1], `${key}: mailed PIN`).toBe(voicemail?.password);
      }
      const marker = data.callPermissions.find((p) => p.name === 'xivo-sync-onboarded');
      expect(data.userCallPermissions.filter((m) => m.call_permission_id === marker?.id)).toHaveLength(
        PEOPLE,
      );
    },
  );
});
