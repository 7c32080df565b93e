import type { Db } from '../../../db/client.js';
import type { ImportProgress } from '../import.service.js';
import { saveProgress } from './import-job.repository.js';

/** Least time between two progress writes of one import. */
const EVERY_MS = 500;

/**
 * Writes an import's progress (percent of the file read, rows) to its record, outside the import's
 * transaction, never awaited by the import: on PostgreSQL the write goes over another pooled connection
 * and is visible at once; on PGlite's single connection it waits for the transaction to end (awaiting it
 * inside the transaction would deadlock). At most one write is in flight; later values replace a waiting
 * one, so a slow database never piles writes up.
 */
export class ProgressWriter {
  private inFlight: Promise<void> | null = null;
  private waiting: { percent: number; rowsRead: number } | null = null;
  private last = 0;
  /** The latest values, also when not yet written. */
  latest = { percent: 0, rowsRead: 0 };

  constructor(
    private readonly db: Db,
    private readonly instansiId: number,
    private readonly importId: string,
  ) {}

  /** The import's progress callback: cheap, synchronous, never throws. */
  report = (p: ImportProgress): void => {
    // Reading the file is most of the work; 99 at most until the step has really ended.
    const percent = p.totalBytes > 0 ? Math.min(99, Math.floor((p.bytesRead / p.totalBytes) * 100)) : 0;
    this.latest = { percent, rowsRead: p.rowsRead };
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.waiting = this.latest;
    if (!this.inFlight) this.pump();
  };

  private pump(): void {
    const next = this.waiting;
    this.waiting = null;
    if (!next) {
      this.inFlight = null;
      return;
    }
    this.inFlight = saveProgress(this.db, this.instansiId, this.importId, next)
      .catch(() => undefined) // progress is best effort; the step's end is written for sure
      .then(() => this.pump());
  }

  /** Waits for a write in flight (call after the import's transaction has ended). */
  async settle(): Promise<void> {
    this.waiting = null;
    while (this.inFlight) await this.inFlight;
  }
}
