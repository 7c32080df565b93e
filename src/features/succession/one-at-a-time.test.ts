import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('oneAtATime: recomputations of one instansi never overlap', () => {
  it('starts the second only after the first has finished, and keeps other keys free', async () => {
    const events: string[] = [];
    const gate = deferred();
    const first = oneAtATime(1, async () => {
      events.push('first:start');
      await gate.promise;
      events.push('first:end');
      return 'a';
    });
    const second = oneAtATime(1, () => {
      events.push('second:start');
      return Promise.resolve('b');
    });
    const other = oneAtATime(2, () => {
      events.push('other:start');
      return Promise.resolve('c');
    });
    await other;
    await new Promise((r) => setTimeout(r, 10));
    expect(events).toEqual(['first:start', 'other:start']);
    gate.resolve();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(events).toEqual(['first:start', 'other:start', 'first:end', 'second:start']);
  });

  it('goes on after a failure, which reaches only its own caller', async () => {
    const failed = oneAtATime(3, () => Promise.reject(new Error('boom')));
    const next = oneAtATime(3, () => Promise.resolve(42));
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe(42);
  });
});
