/** The one API client of the web app: JSON in and out, the session cookie, and the CSRF header. */
export type Pengguna = {
  namaPengguna: string;
  nama: string | null;
  peran: string;
  instansiKode: string;
  seProvinsi: boolean;
  terbatasUnit: boolean;
};
export type Sesi = { pengguna: Pengguna | null; csrfToken: string | null; berakhir: string | null };
export type InstansiSummary = {
  kode: string;
  nama: string;
  jenis: string;
  indukKode: string | null;
  jumlahPegawai: number;
};

let csrfToken: string | null = null;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new ApiError(res.status, data.message ?? `HTTP ${res.status}`);
  return data as T;
}

export async function getSession(): Promise<Sesi> {
  const sesi = await request<Sesi>('GET', '/api/auth/sesi');
  csrfToken = sesi.csrfToken;
  return sesi;
}

export async function signIn(namaPengguna: string, kataSandi: string): Promise<Sesi> {
  const sesi = await request<Sesi>('POST', '/api/auth/masuk', { namaPengguna, kataSandi });
  csrfToken = sesi.csrfToken;
  return sesi;
}

export async function signOut(): Promise<void> {
  await request<void>('POST', '/api/auth/keluar', {});
  csrfToken = null;
}

export const listInstansi = () => request<{ items: InstansiSummary[] }>('GET', '/api/instansi');
