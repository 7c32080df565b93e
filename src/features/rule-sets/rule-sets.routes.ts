import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { guarded, tenantOf } from '../../platform/http/guard.js';
import { auditActorName } from '../auth/policies/actor.js';
import type { RuleSetVersionWithSet } from './rule-sets.repository.js';
import {
  copyRuleSet,
  getRuleSetVersion,
  listRuleSets,
  newDraftVersion,
  publishRuleSet,
  updateDraft,
} from './rule-sets.service.js';

const kodeParams = z.object({ kode: z.string().min(1).max(32) });
const ref = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,60}(@\d{1,6})?$/, 'Tulis kode aturan, atau kode@versi (mis. bawaan@1).');
const refParams = kodeParams.extend({ aturan: ref });
const newKode = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,60}$/, 'Kode aturan: huruf, angka, titik, garis bawah atau tanda hubung.');

type Version = Pick<
  RuleSetVersionWithSet,
  'id' | 'kode' | 'nama' | 'version' | 'status' | 'contentHash' | 'createdAt' | 'publishedAt' | 'instansiId'
>;

function presentVersion(v: Version) {
  return {
    id: v.id,
    aturan: `${v.kode}@${v.version}`,
    kode: v.kode,
    nama: v.nama,
    versi: v.version,
    status: v.status as 'DRAFT' | 'PUBLISHED',
    milik: v.instansiId === null ? ('BAWAAN' as const) : ('INSTANSI' as const),
    hash: v.contentHash,
    dibuat: v.createdAt.toISOString(),
    terbit: v.publishedAt?.toISOString() ?? null,
  };
}

/**
 * Rule sets (aturan pemetaan) of an instansi: the built-in set and its own, each version; copy, edit a
 * draft, start a new version, publish. The same services as `talenta aturan`; every change is audited
 * by its service. Invalid content answers 422 with one `{ path, message }` per field (Indonesian).
 */
export const ruleSetRoutes: FastifyPluginAsyncZod<{ database: Database }> = (app, { database }) => {
  const db = database.db;
  const actorOf = (req: Parameters<typeof guarded>[0]) => auditActorName(guarded(req).actor);

  app.get(
    '/instansi/:kode/aturan',
    { config: { policy: 'rules.read' }, schema: { params: kodeParams } },
    async (req) => ({
      items: (await listRuleSets(db, tenantOf(req).id)).map(presentVersion),
    }),
  );

  app.get(
    '/instansi/:kode/aturan/:aturan',
    { config: { policy: 'rules.read' }, schema: { params: refParams } },
    async (req) => {
      const version = await getRuleSetVersion(db, tenantOf(req).id, req.params.aturan);
      return { ...presentVersion(version), isi: version.rules };
    },
  );

  app.post(
    '/instansi/:kode/aturan',
    {
      config: { policy: 'rules.manage', audit: 'service' },
      schema: {
        params: kodeParams,
        body: z.object({
          dari: ref.default('bawaan'),
          kode: newKode,
          nama: z.string().trim().min(1).max(120),
        }),
      },
    },
    async (req, reply) => {
      const instansi = tenantOf(req);
      const created = await copyRuleSet(
        db,
        instansi.id,
        { from: req.body.dari, kode: req.body.kode, nama: req.body.nama },
        actorOf(req),
      );
      const version = await getRuleSetVersion(db, instansi.id, `${req.body.kode}@${created.version}`);
      return reply.status(201).send(presentVersion(version));
    },
  );

  app.put(
    '/instansi/:kode/aturan/:aturan',
    {
      config: { policy: 'rules.manage', audit: 'service' },
      schema: { params: refParams, body: z.object({ isi: z.unknown() }) },
    },
    async (req) => {
      const saved = await updateDraft(db, tenantOf(req).id, req.params.aturan, req.body.isi, actorOf(req));
      return { ...presentVersion(saved), isi: saved.content };
    },
  );

  app.post(
    '/instansi/:kode/aturan/:aturan/versi-baru',
    { config: { policy: 'rules.manage', audit: 'service' }, schema: { params: refParams } },
    async (req, reply) => {
      const instansi = tenantOf(req);
      const kode = req.params.aturan.split('@')[0]!;
      const created = await newDraftVersion(db, instansi.id, kode, actorOf(req));
      const version = await getRuleSetVersion(db, instansi.id, `${kode}@${created.version}`);
      return reply.status(201).send(presentVersion(version));
    },
  );

  app.post(
    '/instansi/:kode/aturan/:aturan/terbitkan',
    { config: { policy: 'rules.manage', audit: 'service' }, schema: { params: refParams } },
    async (req) => {
      const instansi = tenantOf(req);
      const published = await publishRuleSet(db, instansi.id, req.params.aturan, actorOf(req));
      return presentVersion(
        await getRuleSetVersion(db, instansi.id, `${published.kode}@${published.version}`),
      );
    },
  );
  return Promise.resolve();
};
