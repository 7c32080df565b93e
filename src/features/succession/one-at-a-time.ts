/**
 * Work on one key at a time in this process, in call order. The slates of an instansi are recomputed from
 * its latest data by several triggers that can overlap (a publication, a key position marked, a settings
 * change, a kabupaten publishing under a province drawing on it); the newest run becomes the current one,
 * so a recomputation that read its inputs earlier must not commit after one that read them later.
 * Serialising per instansi keeps "current" = "computed from the latest inputs" within a process (the web
 * server, a `talenta map --all`). Two processes at once (a CLI recompute while the server runs one) are not
 * ordered by this.
 */
const tails = new Map<number, Promise<void>>();

export function oneAtATime<T>(key: number, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(work);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}
