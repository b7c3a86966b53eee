import { describe, expect, it } from 'vitest';
import { applyPlan, renderApplyReport } from '../../../src/apply/index.ts';
import type { Plan } from '../../../src/plan/index.ts';
import type { XivoClient } from '../../../src/xivo/index.ts';
import { fakeXivo, rejection } from './helpers.ts';

/** A server that answers every confd request 400 with what `reply` makes of the request body: it echoes requests into its errors. */
function echoServer(reply: (body: string) => { type: string; text: string }): Promise<XivoClient> {
  return fakeXivo((_req, res, body) => {
    const { type, text } = reply(body);
    res.writeHead(400, { 'content-type': type });
    res.end(text);
  });
}

const asJson = (body: string) => ({ type: 'application/json', text: body === '' ? '{}' : body });
const asText = (body: string) => ({ type: 'text/plain', text: `bad request: ${body}` });
const asForm = (body: string) => {
  const fields = JSON.parse(body) as Record<string, string>;
  return { type: 'text/plain', text: new URLSearchParams(fields).toString() };
};

describe('secrets in errors', () => {
  it.each([
    ['as JSON', asJson],
    ['as text', asText],
    ['form-encoded', asForm],
  ])('never quotes a password the server echoes %s', async (_how, reply) => {
    const client = await echoServer(reply);

    const error = await rejection(client.users.create({ firstname: 'Ann', password: 'HJN43yNoUywf5rdo' }));

    expect(error.message).not.toContain('HJN43yNoUywf5rdo');
    expect(error.message).toContain('Ann');
    expect(error.message).toMatch(/password"?(":|=)"?\*\*\*/);
  });

  it("keeps confd's own messages about a secret field readable", async () => {
    const client = await echoServer(() => ({
      type: 'application/json',
      text: JSON.stringify(["Input Error - field 'password': Length must be between 4 and 64."]),
    }));

    const error = await rejection(client.users.create({ firstname: 'Ann' }));

    expect(error.messages).toEqual(["Input Error - field 'password': Length must be between 4 and 64."]);
  });

  it('keeps the generated password and voicemail PIN out of the apply report, text and JSON', async () => {
    const client = await echoServer(asJson);
    const plan = {
      steps: [
        {
          id: 'u:k1:user',
          key: 'k1',
          action: { op: 'create', resource: 'user', body: { firstname: 'Ann' }, generate: ['user-password'] },
          dependsOn: [],
          description: 'create user Ann',
        },
        {
          id: 'u:k1:vm',
          key: 'k1',
          action: {
            op: 'create',
            resource: 'voicemail',
            body: { name: 'Ann', number: '1042', context: 'default' },
            generate: ['voicemail-pin'],
          },
          dependsOn: [],
          description: 'create voicemail 1042@default',
        },
      ],
      people: [{ key: 'k1', name: 'Ann', kind: 'create', problems: [], steps: ['u:k1:user', 'u:k1:vm'] }],
    } as unknown as Plan;

    const result = await applyPlan(plan, client);
    const text = renderApplyReport(result);
    const json = JSON.stringify(result);

    expect(result.counts.failed).toBe(2);
    for (const report of [text, json]) {
      expect(report).toContain('***');
      // No value but *** after a password field: neither the 16-character password nor the 6-digit PIN.
      expect(report).not.toMatch(/password\\?"\s*:\s*\\?"(?!\*\*\*)/);
    }
    expect(text).toMatch(/create user Ann/);
  });
});
