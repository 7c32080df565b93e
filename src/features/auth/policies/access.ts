import type { Actor } from './actor.js';
import { ROLES, type Role } from './roles.js';

/**
 * Every action a route can ask for. A route declares one in its options (`config: { policy }`); the HTTP
 * guard refuses to start an app with an /api route that declares none.
 */
export const ACTIONS = [
  /** See the list of instansi (only those in scope are listed). */
  'instansi.list',
  /** Mapping runs of an instansi with their box distribution (aggregate, no person data). */
  'mapping.read',
  /** One person's box and its explanation. */
  'mapping.explain',
  /** Year-on-year movement, with the people who moved. */
  'mapping.movement',
  /** What-if simulation of a rule set (writes nothing, but recorded in the audit log). */
  'rules.simulate',
  /** The employee list and talent cards (personal data; a Pegawai sees their own only). */
  'employees.read',
  /** Download the employee list (personal data in bulk; audited). */
  'employees.export',
  /** Download the mapping of a year (personal data in bulk; audited). */
  'mapping.export',
  /** Rule sets visible to an instansi and their versions (read only). */
  'rules.read',
  /** Copy, edit a draft, start a version, publish a rule set (audited). */
  'rules.manage',
  /** Read and export the audit log. */
  'audit.read',
  /** Sign out, sign out everywhere, change one's own password. */
  'session.self',
  /** Province dashboard: every visible instansi side by side (aggregate counts, no person data). */
  'dashboard.province',
  /** Instansi dashboard: box distribution per top-level unit, last run (aggregate, within reach). */
  'dashboard.instansi',
  /** Web imports of an instansi: their status, validation preview (rows with personal data), error file. */
  'imports.read',
  /** Upload a file for import and commit it (master data of the whole instansi). */
  'imports.write',
  /** Key positions, slates with candidates, comparison (people of the whole instansi). */
  'succession.read',
  /** Why a person is not eligible for a key position (a Pegawai: only themself). */
  'succession.explain',
  /** Bench strength and vacancy forecast (aggregate, no person data). */
  'succession.stats',
  /** Change the instansi's succession settings (slate size, coverage, PPPK for JPT, readiness, provincial pool; audited). */
  'succession.configure',
  /** The talent pool per job level and the committee's decisions. */
  'talent_pool.read',
  /** Decide pool membership: confirm, add with a reason, remove with a reason (Komite Talenta). */
  'talent_pool.decide',
  /** The provincial JPT pool across the province's governments (Admin Provinsi). */
  'talent_pool.province',
  /** Start a mapping run (a draft result) as a background job and follow its progress (audited). */
  'mapping.run',
  /** Make a run the instansi's official mapping of its year, superseding the previous one (audited). */
  'mapping.publish',
  /** The position catalogue with its key positions and their holders (the key-position register). */
  'positions.read',
  /** Mark or unmark a key position (jabatan target/kritikal) with a reason (audited; slates recomputed). */
  'positions.manage_key',
] as const;

export type Action = (typeof ACTIONS)[number];

/**
 * ANY: anyone in scope of the instansi; OWN: the same, but on the actor's own instansi only (not the
 * kabupaten/kota a province-wide account sees); SELF: only the actor's own employee record.
 */
export type Grant = 'ANY' | 'OWN' | 'SELF';

const everyone = Object.fromEntries(ROLES.map((r) => [r, 'ANY'])) as Record<Role, Grant>;
const READERS: Partial<Record<Role, Grant>> = {
  ADMIN_PROVINSI: 'ANY',
  ADMIN_INSTANSI: 'ANY',
  KOMITE_TALENTA: 'ANY',
  PPK: 'ANY',
  PIMPINAN_UNIT: 'ANY',
  AUDITOR: 'ANY',
};
/** Who works with named people's talent data (everyone who reads the mapping except the Auditor). */
const PEOPLE_READERS: Partial<Record<Role, Grant>> = {
  ADMIN_PROVINSI: 'ANY',
  ADMIN_INSTANSI: 'ANY',
  KOMITE_TALENTA: 'ANY',
  PPK: 'ANY',
  PIMPINAN_UNIT: 'ANY',
};

/** Those who prepare, decide and approve succession (product.md §1): not unit heads, staff or auditors. */
const SUCCESSION_READERS: Partial<Record<Role, Grant>> = {
  ADMIN_PROVINSI: 'ANY',
  ADMIN_INSTANSI: 'ANY',
  KOMITE_TALENTA: 'ANY',
  PPK: 'ANY',
};

/**
 * Who may do what (product.md §1). A role absent from an action's row is forbidden it. Reach is further
 * narrowed by the account: its instansi (and, for a province-wide role, the province's kabupaten/kota),
 * its unit subtree when it has one, its own employee for PEGAWAI.
 */
export const RULES: Record<Action, Partial<Record<Role, Grant>>> = {
  'instansi.list': everyone,
  'mapping.read': READERS,
  'mapping.explain': { ...READERS, PEGAWAI: 'SELF' },
  'mapping.movement': READERS,
  'rules.simulate': { ADMIN_PROVINSI: 'ANY', ADMIN_INSTANSI: 'ANY' },
  // The Auditor reads aggregates and the audit log, not the people (product.md §1: statistics).
  'employees.read': { ...PEOPLE_READERS, PEGAWAI: 'SELF' },
  'employees.export': { ADMIN_PROVINSI: 'ANY', ADMIN_INSTANSI: 'ANY' },
  'mapping.export': PEOPLE_READERS,
  // Rules are public knowledge within the instansi's oversight: the committee and the auditor may read them.
  'rules.read': { ADMIN_PROVINSI: 'ANY', ADMIN_INSTANSI: 'ANY', KOMITE_TALENTA: 'ANY', AUDITOR: 'ANY' },
  'rules.manage': { ADMIN_PROVINSI: 'ANY', ADMIN_INSTANSI: 'ANY' },
  'audit.read': { AUDITOR: 'ANY' },
  'session.self': everyone,
  'dashboard.province': { ADMIN_PROVINSI: 'ANY', AUDITOR: 'ANY' },
  'dashboard.instansi': READERS,
  // Imports are the Admin Instansi's (product.md §1: master data, imports). The province's admin monitors
  // but does not load a kabupaten's data, and the preview shows personal data: neither action is theirs.
  'imports.read': { ADMIN_INSTANSI: 'ANY' },
  'imports.write': { ADMIN_INSTANSI: 'ANY' },
  'succession.read': SUCCESSION_READERS,
  'succession.explain': { ...SUCCESSION_READERS, PEGAWAI: 'SELF' },
  'succession.stats': { ...SUCCESSION_READERS, AUDITOR: 'ANY' },
  // Settings are the instansi's own decision (rules.md §6 "configurable"): its Admin Instansi's, and the
  // Admin Provinsi's for the province itself only — a province monitors its kabupaten/kota, it does not set
  // their succession rules. The provincial pool is a setting of the province.
  'succession.configure': { ADMIN_INSTANSI: 'ANY', ADMIN_PROVINSI: 'OWN' },
  'talent_pool.read': SUCCESSION_READERS,
  'talent_pool.decide': { KOMITE_TALENTA: 'ANY' },
  'talent_pool.province': { ADMIN_PROVINSI: 'ANY' },
  // Mapping runs are the Admin Instansi's (product.md §1); a published run is the instansi's official
  // mapping, so publishing is a separate action, also theirs alone: the province monitors, it does not run.
  'mapping.run': { ADMIN_INSTANSI: 'ANY' },
  'mapping.publish': { ADMIN_INSTANSI: 'ANY' },
  // The register serves succession: read by those who prepare it. Positions are master data, the Admin
  // Instansi's (product.md §1: positions and competency standards); as with imports and mapping runs, the
  // province's admin monitors a kabupaten's register but does not change it.
  'positions.read': SUCCESSION_READERS,
  'positions.manage_key': { ADMIN_INSTANSI: 'ANY' },
};

export type InstansiRef = { id: number; indukId: number | null };
/** A person the action touches: their employee id and the path of their unit (null when unplaced). */
export type PersonRef = { employeeId: string; unitPath: string | null };
export type Resource = { instansi?: InstansiRef; person?: PersonRef };

/** ALLOW; FORBIDDEN (403): in scope but not permitted; NOT_FOUND (404): out of scope, reads as absent. */
export type Decision = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND';

/** Tenancy: the own instansi, and for a province-wide actor every instansi whose induk is its own. */
export function canSeeInstansi(actor: Actor, target: InstansiRef): boolean {
  return target.id === actor.instansiId || (actor.provinceWide && target.indukId === actor.instansiId);
}

/**
 * Which people an actor reaches with an action, as a filter for repository queries: `employeeId` (self
 * only), `unitPath` (a unit subtree), or neither (the whole instansi). Null when the action is forbidden.
 */
export type PersonScope = { employeeId?: string; unitPath?: string };

export function personScope(actor: Actor, action: Action): PersonScope | null {
  const grant = RULES[action][actor.role];
  if (!grant) return null;
  if (grant === 'SELF') return actor.employeeId ? { employeeId: actor.employeeId } : null;
  return actor.unitPath ? { unitPath: actor.unitPath } : {};
}

export function isPersonInScope(scope: PersonScope, person: PersonRef): boolean {
  if (scope.employeeId !== undefined && person.employeeId !== scope.employeeId) return false;
  if (scope.unitPath !== undefined && !person.unitPath?.startsWith(scope.unitPath)) return false;
  return true;
}

/**
 * The policy: may `actor` do `action` on `resource`? Another tenant's instansi or a person out of reach is
 * NOT_FOUND, so that scope never confirms that something exists; a permitted scope with a role that lacks
 * the action is FORBIDDEN.
 */
export function decide(actor: Actor, action: Action, resource: Resource = {}): Decision {
  if (resource.instansi && !canSeeInstansi(actor, resource.instansi)) return 'NOT_FOUND';
  const scope = personScope(actor, action);
  if (!scope) return 'FORBIDDEN';
  if (RULES[action][actor.role] === 'OWN' && resource.instansi && resource.instansi.id !== actor.instansiId)
    return 'FORBIDDEN';
  if (resource.person && !isPersonInScope(scope, resource.person)) return 'NOT_FOUND';
  return 'ALLOW';
}

/** The audit entries an auditor sees: those of visible instansi, and entries of no instansi (sign-in
 * failures of unknown names) only for a province-wide auditor. */
export function auditScope(actor: Actor): { instansiIds: readonly number[]; includeGlobal: boolean } {
  return { instansiIds: actor.visibleInstansiIds, includeGlobal: actor.provinceWide };
}
