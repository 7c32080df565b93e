import { z } from 'zod';

/** A mapping year given on the command line (`--periode`, `--tahun`, `--dari`, `--ke`). */
export const yearOption = z.coerce
  .number({ message: 'Tahun harus angka, mis. 2025.' })
  .int('Tahun harus bilangan bulat, mis. 2025.')
  .min(2000, 'Tahun paling awal 2000.')
  .max(2100, 'Tahun paling akhir 2100.');

/** Parses a year option; a bad value is a usage error (exit 2) with an Indonesian message. */
export const parseYear = (value: unknown): number => yearOption.parse(value);
