import { useEffect, useState } from 'react';

type InstansiSummary = {
  kode: string;
  nama: string;
  jenis: string;
  indukKode: string | null;
  jumlahPegawai: number;
};

const number = new Intl.NumberFormat('id-ID');

/** The first page: which governments Talenta holds. The full application arrives with the UI work. */
export function App() {
  const [items, setItems] = useState<InstansiSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    fetch('/api/instansi')
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const body = (await res.json()) as { items: InstansiSummary[] };
        setItems(body.items);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  const total = items?.reduce((sum, i) => sum + i.jumlahPegawai, 0) ?? 0;
  return (
    <main>
      <header>
        <h1>Talenta</h1>
        <p>Sistem Informasi Manajemen Talenta ASN</p>
      </header>
      {error && <p role="alert">Data instansi tidak dapat dimuat: {error}</p>}
      {!items && !error && <p aria-busy="true">Memuat…</p>}
      {items && (
        <section aria-labelledby="instansi-heading">
          <h2 id="instansi-heading">
            Instansi ({items.length}) · {number.format(total)} ASN
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Kode</th>
                <th scope="col">Nama instansi</th>
                <th scope="col">Jenis</th>
                <th scope="col" className="num">
                  Jumlah ASN
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.kode}>
                  <td>{i.kode}</td>
                  <td>{i.nama}</td>
                  <td>{i.jenis}</td>
                  <td className="num">{number.format(i.jumlahPegawai)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
