import { describe, expect, it } from 'vitest';
import { ACTIONS, auditScope, decide, personScope, type Action, type Decision } from './access.js';
import { buildActor, type Actor } from './actor.js';
import type { Role } from './roles.js';

// A province (1) with two kabupaten (2 = A, 3 = B), and a kabupaten (5) of another province (4).
const PROV = { id: 1, indukId: null };
const KAB_A = { id: 2, indukId: 1 };
const KAB_B = { id: 3, indukId: 1 };
const OTHER_PROV_KAB = { id: 5, indukId: 4 };
const U1 = '/root/u1/';
const SELF = { employeeId: 'e-self', unitPath: `${U1}seksi/` };
const SAME_UNIT = { employeeId: 'e-same', unitPath: U1 };
const OTHER_UNIT = { employeeId: 'e-other', unitPath: '/root/u2/' };

function actor(role: Role, at: { id: number; jenis: string }, visible: number[], extra: Partial<Actor> = {}) {
  return buildActor(
    {
      userId: `u-${role}`,
      username: role.toLowerCase(),
      role,
      instansiId: at.id,
      instansiKode: `i${at.id}`,
      instansiJenis: at.jenis,
      unitPath: extra.unitPath ?? null,
      employeeId: extra.employeeId ?? null,
    },
    visible,
  );
}

const KAB = { id: 2, jenis: 'KABUPATEN' };
const PROVINSI = { id: 1, jenis: 'PROVINSI' };
const actors: Record<string, Actor> = {
  ADMIN_PROVINSI: actor('ADMIN_PROVINSI', PROVINSI, [1, 2, 3]),
  'AUDITOR@prov': actor('AUDITOR', PROVINSI, [1, 2, 3]),
  'ADMIN_INSTANSI@prov': actor('ADMIN_INSTANSI', PROVINSI, [1]),
  ADMIN_INSTANSI: actor('ADMIN_INSTANSI', KAB, [2]),
  KOMITE_TALENTA: actor('KOMITE_TALENTA', KAB, [2]),
  PPK: actor('PPK', KAB, [2]),
  PIMPINAN_UNIT: actor('PIMPINAN_UNIT', KAB, [2], { unitPath: U1 }),
  PEGAWAI: actor('PEGAWAI', KAB, [2], { employeeId: 'e-self' }),
  AUDITOR: actor('AUDITOR', KAB, [2]),
};

/**
 * product.md §1, as the roles may act within the instansi they see (Y), on their own instansi only and not
 * on the kabupaten/kota they also see (O), or not at all (-).
 */
const ALLOWED: Record<Action, string> = {
  //                   ADMIN_PROVINSI AUDITOR@prov ADMIN_INSTANSI@prov ADMIN_INSTANSI KOMITE PPK PIMPINAN PEGAWAI AUDITOR
  'instansi.list': '    Y Y Y Y Y Y Y Y Y',
  'mapping.read': '     Y Y Y Y Y Y Y - Y',
  'mapping.explain': '  Y Y Y Y Y Y Y Y Y',
  'mapping.movement': ' Y Y Y Y Y Y Y - Y',
  'rules.simulate': '   Y - Y Y - - - - -',
  'employees.read': '   Y - Y Y Y Y Y Y -',
  'employees.export': ' Y - Y Y - - - - -',
  'mapping.export': '   Y - Y Y Y Y Y - -',
  'rules.read': '       Y Y Y Y Y - - - Y',
  'rules.manage': '     Y - Y Y - - - - -',
  'audit.read': '       - Y - - - - - - Y',
  'session.self': '     Y Y Y Y Y Y Y Y Y',
  'dashboard.province': 'Y Y - - - - - - Y',
  'dashboard.instansi': 'Y Y Y Y Y Y Y - Y',
  'imports.read': '     - - Y Y - - - - -',
  'imports.write': '    - - Y Y - - - - -',
  'succession.read': '  Y - Y Y Y Y - - -',
  'succession.explain': 'Y - Y Y Y Y - Y -',
  'succession.stats': ' Y Y Y Y Y Y - - Y',
  'succession.configure': 'O - Y Y - - - - -',
  'talent_pool.read': ' Y - Y Y Y Y - - -',
  'talent_pool.decide': '- - - - Y - - - -',
  'talent_pool.province': 'Y - - - - - - - -',
  'mapping.run': '      - - Y Y - - - - -',
  'mapping.publish': '  - - Y Y - - - - -',
  'positions.read': '   Y - Y Y Y Y - - -',
  'positions.manage_key': '- - Y Y - - - - -',
};
const ORDER = Object.keys(actors);

function allowed(action: Action, who: string, targetId: number): boolean {
  const mark = ALLOWED[action].trim().split(/\s+/)[ORDER.indexOf(who)];
  return mark === 'Y' || (mark === 'O' && targetId === actors[who]!.instansiId);
}

/** Which instansi each actor sees: its own; a province-wide one also the province's kabupaten. */
const SEES: Record<string, number[]> = {
  ADMIN_PROVINSI: [1, 2, 3],
  'AUDITOR@prov': [1, 2, 3],
  'ADMIN_INSTANSI@prov': [1],
};
const sees = (who: string, id: number) => (SEES[who] ?? [2]).includes(id);

describe('decide: role × action × instansi (own, sibling, province, another province)', () => {
  const targets = {
    'kab A': KAB_A,
    'kab B': KAB_B,
    provinsi: PROV,
    'kab of another province': OTHER_PROV_KAB,
  };
  const rows: [string, Action, string, Decision][] = [];
  for (const who of ORDER)
    for (const action of ACTIONS)
      for (const [where, target] of Object.entries(targets)) {
        const expected: Decision = !sees(who, target.id)
          ? 'NOT_FOUND'
          : allowed(action, who, target.id)
            ? 'ALLOW'
            : 'FORBIDDEN';
        rows.push([who, action, where, expected]);
      }
  it.each(rows)('%s %s on %s → %s', (who, action, where, expected) => {
    const target = targets[where as keyof typeof targets];
    expect(decide(actors[who]!, action, { instansi: target })).toBe(expected);
  });
});

describe('decide: people within an instansi (self, same unit, other unit)', () => {
  const people = { self: SELF, 'same unit': SAME_UNIT, 'other unit': OTHER_UNIT };
  it.each([
    // Whole-instansi roles reach everyone; a Pimpinan Unit their subtree; a Pegawai themself.
    ['ADMIN_INSTANSI', 'mapping.explain', 'other unit', 'ALLOW'],
    ['KOMITE_TALENTA', 'mapping.explain', 'other unit', 'ALLOW'],
    ['PPK', 'mapping.explain', 'other unit', 'ALLOW'],
    ['AUDITOR', 'mapping.explain', 'other unit', 'ALLOW'],
    ['PIMPINAN_UNIT', 'mapping.explain', 'self', 'ALLOW'],
    ['PIMPINAN_UNIT', 'mapping.explain', 'same unit', 'ALLOW'],
    ['PIMPINAN_UNIT', 'mapping.explain', 'other unit', 'NOT_FOUND'],
    ['PIMPINAN_UNIT', 'mapping.movement', 'other unit', 'NOT_FOUND'],
    ['PEGAWAI', 'mapping.explain', 'self', 'ALLOW'],
    ['PEGAWAI', 'mapping.explain', 'same unit', 'NOT_FOUND'],
    ['PEGAWAI', 'mapping.explain', 'other unit', 'NOT_FOUND'],
    ['PEGAWAI', 'mapping.movement', 'self', 'FORBIDDEN'],
    ['PEGAWAI', 'employees.read', 'self', 'ALLOW'],
    ['PEGAWAI', 'employees.read', 'same unit', 'NOT_FOUND'],
    ['PIMPINAN_UNIT', 'employees.read', 'other unit', 'NOT_FOUND'],
    ['PIMPINAN_UNIT', 'mapping.export', 'other unit', 'NOT_FOUND'],
    ['AUDITOR', 'employees.read', 'self', 'FORBIDDEN'],
    ['KOMITE_TALENTA', 'rules.simulate', 'self', 'FORBIDDEN'],
  ] as const)('%s %s on a person in %s → %s', (who, action, person, expected) => {
    expect(decide(actors[who]!, action, { instansi: KAB_A, person: people[person] })).toBe(expected);
  });

  it('a person of an unplaced unit is outside every unit subtree', () => {
    const person = { employeeId: 'e-x', unitPath: null };
    expect(decide(actors.PIMPINAN_UNIT!, 'mapping.explain', { instansi: KAB_A, person })).toBe('NOT_FOUND');
    expect(decide(actors.PPK!, 'mapping.explain', { instansi: KAB_A, person })).toBe('ALLOW');
  });
});

describe('personScope: the filter a repository query applies', () => {
  it.each([
    ['ADMIN_INSTANSI', 'mapping.explain', {}],
    ['PIMPINAN_UNIT', 'mapping.explain', { unitPath: U1 }],
    ['PIMPINAN_UNIT', 'mapping.movement', { unitPath: U1 }],
    ['PEGAWAI', 'mapping.explain', { employeeId: 'e-self' }],
    ['PEGAWAI', 'mapping.movement', null],
    ['AUDITOR', 'rules.simulate', null],
  ] as const)('%s %s → %j', (who, action, expected) => {
    expect(personScope(actors[who]!, action)).toEqual(expected);
  });

  it('a PEGAWAI account without an employee reaches nobody', () => {
    expect(personScope(actor('PEGAWAI', KAB, [2]), 'mapping.explain')).toBeNull();
  });

  it('an account limited to a unit is never province-wide, whatever its role', () => {
    const limited = actor('AUDITOR', PROVINSI, [1], { unitPath: '/p/u/' });
    expect(limited.provinceWide).toBe(false);
    expect(decide(limited, 'mapping.read', { instansi: KAB_A })).toBe('NOT_FOUND');
    expect(personScope(limited, 'mapping.explain')).toEqual({ unitPath: '/p/u/' });
  });
});

describe('auditScope', () => {
  it('a province auditor reads its instansi and the sign-in entries of no instansi', () => {
    expect(auditScope(actors['AUDITOR@prov']!)).toEqual({ instansiIds: [1, 2, 3], includeGlobal: true });
    expect(auditScope(actors.AUDITOR!)).toEqual({ instansiIds: [2], includeGlobal: false });
  });
});
