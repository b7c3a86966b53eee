import { describe, expect, it } from 'vitest';
import {
  type DirectoryRecord,
  type PersonOutcome,
  computeWriteBack,
  outcomesFrom,
  renderLdifChanges,
} from '../../src/writeback/index.ts';
import { buildMapping, buildUser } from '../helpers/builders.ts';
import { InventoryBuilder } from '../plan/builders.ts';
import { sipUsername } from '../../src/plan/index.ts';

const config = buildMapping({
  writeBack: {
    extension: 'pager',
    did: { attribute: 'telephoneNumber', format: 'national' },
    xivoUuid: 'employeeType',
    fields: { mobile_phone_number: 'mobile' },
  },
});

function outcome(overrides: Partial<PersonOutcome> = {}): PersonOutcome {
  return {
    key: 'k1',
    extension: '6701',
    did: '+33123456701',
    didDisagrees: false,
    uuid: 'u-1',
    agent: null,
    fields: { mobile_phone_number: '+33612345678' },
    ...overrides,
  };
}

const entry = (values: Record<string, string[]>): Map<string, DirectoryRecord> =>
  new Map([['k1', { dn: 'uid=k1,ou=people,dc=example,dc=com', values }]]);

describe('computeWriteBack', () => {
  it('adds what is missing, replaces what differs, deletes what is gone, and leaves equal values alone', () => {
    const plan = computeWriteBack(
      [outcome({ did: null })],
      entry({
        pager: [],
        telephonenumber: ['0123456701'],
        employeetype: ['u-old'],
        mobile: ['+33612345678'],
      }),
      config,
    );

    expect(plan.changes).toEqual([
      {
        key: 'k1',
        dn: 'uid=k1,ou=people,dc=example,dc=com',
        changes: [
          { operation: 'add', attribute: 'pager', values: ['6701'] },
          { operation: 'delete', attribute: 'telephoneNumber', values: [] },
          { operation: 'replace', attribute: 'employeeType', values: ['u-1'] },
        ],
      },
    ]);
  });

  it('writes the DID in the configured format, and nothing when the entry already holds every value', () => {
    const wanted = { pager: ['6701'], employeetype: ['u-1'], mobile: ['+33612345678'] };
    const once = computeWriteBack([outcome()], entry(wanted), config);
    const twice = computeWriteBack(
      [outcome()],
      entry({ ...wanted, telephonenumber: ['0123456701'] }),
      config,
    );

    expect(once.changes[0]?.changes).toEqual([
      { operation: 'add', attribute: 'telephoneNumber', values: ['0123456701'] },
    ]);
    expect(twice.changes).toEqual([]);
  });

  it('leaves a DID that XiVO and state disagree on alone, and reports a person without an entry unless they left (disabled)', () => {
    const plan = computeWriteBack(
      [outcome({ didDisagrees: true }), outcome({ key: 'gone' }), outcome({ key: 'left', disabled: true })],
      entry({
        pager: ['6701'],
        telephonenumber: ['0199999999'],
        employeetype: ['u-1'],
        mobile: ['+33612345678'],
      }),
      config,
    );

    expect(plan.changes).toEqual([]);
    expect(plan.vanished).toEqual(['gone']);
  });

  it('gives an attribute named by two outcomes both values', () => {
    const shared = buildMapping({ writeBack: { extension: 'telephoneNumber', did: 'telephoneNumber' } });
    const plan = computeWriteBack([outcome()], entry({}), shared);

    expect(plan.changes[0]?.changes).toEqual([
      { operation: 'add', attribute: 'telephoneNumber', values: ['6701', '+33123456701'] },
    ]);
  });
});

describe('outcomesFrom', () => {
  it("reads each managed person's extension, DID, uuid, agent and XiVO-owned fields from the inventory", () => {
    const b = new InventoryBuilder();
    const user = b.user({ firstname: 'Zoé', userfield: '1', mobile_phone_number: '+33611111111' });
    b.line({ context: 'default', sip: sipUsername('1'), exten: '6701', user });
    b.incall({ user, exten: '0123456701' });
    b.agent('86701', user);
    const other = b.user({ firstname: 'Other', userfield: '2' });
    b.incall({ user: other, exten: '0123456799' });
    const states = [buildUser('1'), buildUser('2'), buildUser('3')];

    const { outcomes, problems } = outcomesFrom(states, b.inv, 'userfield', ['mobile_phone_number']);

    expect(outcomes).toEqual([
      {
        key: '1',
        extension: '6701',
        did: '+33123456701',
        didDisagrees: false,
        uuid: user.uuid,
        agent: '86701',
        fields: { mobile_phone_number: '+33611111111' },
      },
      {
        key: '2',
        extension: null,
        did: null,
        didDisagrees: true,
        uuid: other.uuid,
        agent: null,
        fields: { mobile_phone_number: null },
      },
    ]);
    expect(problems).toEqual([
      {
        key: '2',
        message:
          'XiVO routes DID 0123456799@from-extern to this person, state says 0123456702@from-extern: the DID attribute is left as it is (re-run apply)',
      },
    ]);
  });
});

describe('renderLdifChanges', () => {
  it('writes one modify record per entry, operations separated by -, unsafe values in base64', () => {
    const ldif = renderLdifChanges([
      {
        key: 'k1',
        dn: 'cn=Zoé Test,ou=people,dc=example,dc=com',
        changes: [
          { operation: 'replace', attribute: 'pager', values: ['6701'] },
          { operation: 'add', attribute: 'description', values: [' leading space'] },
          { operation: 'delete', attribute: 'telephoneNumber', values: [] },
        ],
      },
    ]);

    expect(ldif).toBe(
      [
        `dn:: ${Buffer.from('cn=Zoé Test,ou=people,dc=example,dc=com').toString('base64')}`,
        'changetype: modify',
        'replace: pager',
        'pager: 6701',
        '-',
        'add: description',
        `description:: ${Buffer.from(' leading space').toString('base64')}`,
        '-',
        'delete: telephoneNumber',
        '-',
        '',
      ].join('\n'),
    );
    expect(renderLdifChanges([])).toBe('');
  });
});
