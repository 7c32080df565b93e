import { useState, type FormEvent } from 'react';
import { signIn, type Sesi } from './api.js';

/** Sign-in form: username and password; the server answers with the session (cookie) and CSRF token. */
export function SignIn({ onSignedIn }: { onSignedIn: (sesi: Sesi) => void }) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(undefined);
    signIn(field('namaPengguna'), field('kataSandi'))
      .then(onSignedIn)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="masuk-judul">
      <h2 id="masuk-judul">Masuk</h2>
      <label>
        Nama pengguna
        <input name="namaPengguna" autoComplete="username" required autoFocus />
      </label>
      <label>
        Kata sandi
        <input name="kataSandi" type="password" autoComplete="current-password" required />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Memproses…' : 'Masuk'}
      </button>
    </form>
  );
}
