import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedQueue', () => {
  it('runs tasks under one key one at a time, in order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
    };
    await Promise.all(['a', 'b', 'c'].map((name) => queue.run('k', task(name))));
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different keys in parallel', async () => {
    const queue = new KeyedQueue();
    let release!: () => void;
    const blocked = queue.run('slow', () => new Promise<void>((resolve) => (release = resolve)));
    await expect(queue.run('fast', async () => 'done')).resolves.toBe('done');
    release();
    await blocked;
  });

  it('goes on after a failed task and passes each result to its caller', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('k', async () => Promise.reject(new Error('boom')));
    const next = queue.run('k', async () => 2);
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe(2);
    await queue.idle();
  });
});
