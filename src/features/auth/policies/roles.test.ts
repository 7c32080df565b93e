import { describe, expect, it } from 'vitest';
import { accountShapeProblem, type AccountShape, type Role } from './roles.js';

const kab: AccountShape = { instansiJenis: 'KABUPATEN', hasUnit: false, hasEmployee: false };
const prov: AccountShape = { ...kab, instansiJenis: 'PROVINSI' };

describe('accountShapeProblem: what each role must carry', () => {
  it.each([
    ['ADMIN_PROVINSI', prov, null],
    ['ADMIN_PROVINSI', kab, 'hanya untuk akun instansi provinsi'],
    ['ADMIN_PROVINSI', { ...prov, hasUnit: true }, 'tidak dibatasi unit'],
    ['ADMIN_INSTANSI', kab, null],
    ['ADMIN_INSTANSI', { ...kab, hasUnit: true }, null],
    ['PIMPINAN_UNIT', kab, 'memerlukan unit'],
    ['PIMPINAN_UNIT', { ...kab, hasUnit: true }, null],
    ['PEGAWAI', kab, 'memerlukan NIP'],
    ['PEGAWAI', { ...kab, hasEmployee: true }, null],
    ['AUDITOR', { ...kab, hasEmployee: true }, 'Hanya akun PEGAWAI'],
  ] as const)('%s on %j → %s', (role: Role, shape, problem) => {
    const found = accountShapeProblem(role, shape);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
