import auditEn from '../features/audit/locales/en.json';
import auditId from '../features/audit/locales/id.json';
import authEn from '../features/auth/locales/en.json';
import authId from '../features/auth/locales/id.json';
import dashboardEn from '../features/dashboard/locales/en.json';
import dashboardId from '../features/dashboard/locales/id.json';
import employeesEn from '../features/employees/locales/en.json';
import employeesId from '../features/employees/locales/id.json';
import mappingEn from '../features/mapping/locales/en.json';
import mappingId from '../features/mapping/locales/id.json';
import importsEn from '../features/imports/locales/en.json';
import importsId from '../features/imports/locales/id.json';
import myCardEn from '../features/my-card/locales/en.json';
import myCardId from '../features/my-card/locales/id.json';
import positionsEn from '../features/positions/locales/en.json';
import positionsId from '../features/positions/locales/id.json';
import successionEn from '../features/succession/locales/en.json';
import successionId from '../features/succession/locales/id.json';
import ruleSetsEn from '../features/rule-sets/locales/en.json';
import ruleSetsId from '../features/rule-sets/locales/id.json';
import commonEn from './en/common.json';
import commonId from './id/common.json';

/**
 * Every UI text, by language and namespace: `common` for the shell and shared components
 * (web/src/i18n/<lang>/common.json), one namespace per feature (web/src/features/<f>/locales/<lang>.json).
 * A new feature adds its two files here. Indonesian is the reference: English must have the same keys.
 */
export const RESOURCES = {
  id: {
    common: commonId,
    auth: authId,
    dashboard: dashboardId,
    audit: auditId,
    myCard: myCardId,
    employees: employeesId,
    mapping: mappingId,
    imports: importsId,
    positions: positionsId,
    succession: successionId,
    ruleSets: ruleSetsId,
  },
  en: {
    common: commonEn,
    auth: authEn,
    dashboard: dashboardEn,
    audit: auditEn,
    myCard: myCardEn,
    employees: employeesEn,
    mapping: mappingEn,
    imports: importsEn,
    positions: positionsEn,
    succession: successionEn,
    ruleSets: ruleSetsEn,
  },
} as const;
