import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpSink } from './smtp.ts';
import type { SmtpSink } from './smtp.ts';

describe('startSmtpSink', () => {
  let sink: SmtpSink | undefined;

  afterEach(async () => {
    await sink?.stop();
  });

  it('receives a mail sent with nodemailer and parses it back', async () => {
    sink = await startSmtpSink();
    const transport = nodemailer.createTransport({
      host: sink.host,
      port: sink.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: 'xivo-sync', pass: 'any password is accepted' },
    });

    await transport.sendMail({
      from: 'XiVO <noreply@example.com>',
      to: 'Anaïs Nguyễn <anais.nguyen@example.com>',
      subject: 'Votre numéro de téléphone a changé – poste 4105',
      text: 'Bonjour Anaïs,\nvotre nouveau numéro : +33 4 72 00 41 05.\n',
    });
    transport.close();
    const [received] = await sink.waitForMessages(1);

    expect(received?.envelope.mailFrom).toMatchObject({ address: 'noreply@example.com' });
    expect(received?.envelope.rcptTo.map((rcpt) => rcpt.address)).toEqual(['anais.nguyen@example.com']);
    expect(received?.mail.subject).toBe('Votre numéro de téléphone a changé – poste 4105');
    expect(received?.mail.text).toBe('Bonjour Anaïs,\nvotre nouveau numéro : +33 4 72 00 41 05.\n');
    expect(received?.mail.to).toMatchObject({
      value: [{ name: 'Anaïs Nguyễn', address: 'anais.nguyen@example.com' }],
    });
  });

  it('keeps messages in arrival order across a pooled connection', async () => {
    sink = await startSmtpSink();
    const transport = nodemailer.createTransport({
      host: sink.host,
      port: sink.port,
      ignoreTLS: true,
      pool: true,
    });

    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        transport.sendMail({
          from: 'noreply@example.com',
          to: `${name}@example.com`,
          subject: name,
          text: name,
        }),
      ),
    );
    transport.close();
    const messages = await sink.waitForMessages(3);

    expect(messages.map((message) => message.mail.subject).sort()).toEqual(['a', 'b', 'c']);
    expect(messages.map((message) => message.envelope.rcptTo[0]?.address).sort()).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
    ]);
  });

  it('rejects waitForMessages when too few messages arrive in time', async () => {
    sink = await startSmtpSink();

    await expect(sink.waitForMessages(1, 50)).rejects.toThrow('expected 1 message(s) within 50 ms, got 0');
  });
});
