import { useEffect, useState } from 'react';
import { getSession, listInstansi, signOut, type InstansiSummary, type Sesi } from './api.js';
import { SignIn } from './sign-in.js';

const number = new Intl.NumberFormat('id-ID');

/** The first page: sign in, then the governments the account may see. The full UI comes with its own work. */
export function App() {
  const [sesi, setSesi] = useState<Sesi | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    getSession()
      .then(setSesi)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main>
      <header>
        <h1>Talenta</h1>
        <p>Sistem Informasi Manajemen Talenta ASN</p>
        {sesi?.pengguna && (
          <p>
            Masuk sebagai <strong>{sesi.pengguna.namaPengguna}</strong> ({sesi.pengguna.peran},{' '}
            {sesi.pengguna.instansiKode}){' '}
            <button
              type="button"
              onClick={() => {
                void signOut().then(() => setSesi({ pengguna: null, csrfToken: null, berakhir: null }));
              }}
            >
              Keluar
            </button>
          </p>
        )}
      </header>
      {error && <p role="alert">{error}</p>}
      {!sesi && !error && <p aria-busy="true">Memuat…</p>}
      {sesi && !sesi.pengguna && <SignIn onSignedIn={setSesi} />}
      {sesi?.pengguna && <InstansiTable />}
    </main>
  );
}

function InstansiTable() {
  const [items, setItems] = useState<InstansiSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    listInstansi()
      .then((body) => setItems(body.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <p role="alert">Data instansi tidak dapat dimuat: {error}</p>;
  if (!items) return <p aria-busy="true">Memuat…</p>;
  const total = items.reduce((sum, i) => sum + i.jumlahPegawai, 0);
  return (
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
  );
}
