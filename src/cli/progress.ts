import cliProgress from 'cli-progress';

/**
 * A progress bar on a terminal; on a pipe (CI, logs) a line every few seconds instead, so logs stay short.
 */
export function createProgress(label: string) {
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: `${label} [{bar}] {percentage}% | {value}/{total} | {info}`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let started = false;
  let lastLine = 0;
  return {
    update(value: number, total: number, info = '') {
      if (bar) {
        if (!started) bar.start(total, 0, { info });
        started = true;
        bar.setTotal(total);
        bar.update(value, { info });
        return;
      }
      const now = Date.now();
      if (now - lastLine > 3_000 || value >= total) {
        lastLine = now;
        process.stderr.write(`${label}: ${value}/${total} ${info}\n`);
      }
    },
    stop() {
      if (bar && started) bar.stop();
    },
  };
}
