import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../src/platform/http/app.js';
import { as, type Browser } from './auth-helpers.js';
import { csvText, PEGAWAI_HEADER, pegawaiRow, type Cellish } from './import-files.js';

/** A multipart/form-data body carrying one file in the field `berkas`, as a browser sends it. */
export function multipart(fileName: string, content: Buffer | string) {
  const boundary = `----talenta${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="${fileName}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const body = Buffer.concat([head, Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(
  app: App,
  browser: Browser,
  kode: string,
  kind: string,
  fileName: string,
  content: Buffer | string,
) {
  const { payload, headers } = multipart(fileName, content);
  return app.inject({
    method: 'POST',
    url: `/api/instansi/${kode}/impor/${kind}`,
    headers: { ...as(browser), ...headers },
    payload,
  });
}

export type ImportView = {
  id: string;
  status: string;
  persen: number;
  barisDibaca: number;
  kesalahan: string | null;
  validasi: Record<string, number | string | null> | null;
  hasil: Record<string, number | string | boolean | null> | null;
};

/** Polls an import until its status is one of `statuses`; answers every view seen on the way. */
export async function waitFor(
  app: App,
  browser: Browser,
  kode: string,
  id: string,
  statuses: readonly string[],
): Promise<ImportView[]> {
  const seen: ImportView[] = [];
  for (let i = 0; i < 2_400; i++) {
    const res: LightMyRequestResponse = await app.inject({
      method: 'GET',
      url: `/api/instansi/${kode}/impor/${id}`,
      headers: as(browser),
    });
    const view = res.json<ImportView>();
    seen.push(view);
    if (statuses.includes(view.status)) return seen;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} never reached ${statuses.join('/')}: ${JSON.stringify(seen.at(-1))}`);
}

/** A pegawai CSV of employees `from`…`from + count - 1`; `bad` rows (by serial) get an invalid NIP. */
export function pegawaiCsv(from: number, count: number, bad: ReadonlySet<number> = new Set()): string {
  const rows: Cellish[][] = [PEGAWAI_HEADER];
  for (let s = from; s < from + count; s++) {
    const row = pegawaiRow(s);
    if (bad.has(s)) row[0] = '12345';
    rows.push(row);
  }
  return csvText(rows);
}
