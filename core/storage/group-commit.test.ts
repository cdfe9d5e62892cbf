import type { Adapter } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { GroupCommit, GroupWriteError } from './group-commit';

interface Doc {
  items: string[];
}

/** An adapter whose writes wait until the test lets each one finish or fail. */
class ControlledFile implements Adapter<Doc> {
  readonly written: Doc[] = [];
  readonly #pending: { doc: Doc; finish: () => void; fail: (error: Error) => void }[] = [];
  #arrived: (() => void) | null = null;

  async read(): Promise<Doc | null> {
    return null;
  }

  write(doc: Doc): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({
        doc: structuredClone(doc),
        finish: () => {
          this.written.push(structuredClone(doc));
          resolve();
        },
        fail: reject,
      });
      this.#arrived?.();
    });
  }

  /** The next write, once it has started. */
  async next(): Promise<{ doc: Doc; finish: () => void; fail: (error: Error) => void }> {
    while (this.#pending.length === 0) await new Promise<void>((resolve) => (this.#arrived = resolve));
    const write = this.#pending.shift();
    if (!write) throw new Error('no write');
    return write;
  }
}

const push = (item: string) => (draft: Doc) => {
  draft.items.push(item);
  return item;
};

describe('GroupCommit', () => {
  it('puts changes that arrive during a write into one next write, and shows each only once written', async () => {
    const file = new ControlledFile();
    const commit = new GroupCommit<Doc>(file, { items: [] });
    const a = commit.change(push('a'));
    const first = await file.next();
    const rest = ['b', 'c', 'd'].map((item) => commit.change(push(item)));
    expect(commit.data.items).toEqual([]);
    first.finish();
    await a;
    expect(commit.data.items).toEqual(['a']);
    const second = await file.next();
    expect(second.doc.items).toEqual(['a', 'b', 'c', 'd']);
    second.finish();
    expect(await Promise.all(rest)).toEqual(['b', 'c', 'd']);
    expect(file.written).toHaveLength(2);
  });

  it('rejects every change of a failed group, keeps none, and goes on with the next group', async () => {
    const file = new ControlledFile();
    const commit = new GroupCommit<Doc>(file, { items: ['kept'] });
    const a = commit.change(push('a'));
    const first = await file.next();
    const b = commit.change(push('b'));
    first.fail(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
    await expect(a).rejects.toBeInstanceOf(GroupWriteError);
    const second = await file.next();
    expect(second.doc.items).toEqual(['kept', 'b']);
    second.finish();
    await b;
    expect(commit.data.items).toEqual(['kept', 'b']);
  });

  it('refuses one change that throws without affecting the others of its group', async () => {
    const file = new ControlledFile();
    const commit = new GroupCommit<Doc>(file, { items: [] });
    const refused = commit.change(() => {
      throw new Error('no');
    });
    const accepted = commit.change(push('a'));
    await expect(refused).rejects.toThrow('no');
    (await file.next()).finish();
    await accepted;
    expect(commit.data.items).toEqual(['a']);
  });

  it('writes nothing for a group that changes nothing', async () => {
    const file = new ControlledFile();
    const commit = new GroupCommit<Doc>(file, { items: ['a'] });
    await expect(commit.change((draft) => draft.items.length)).resolves.toBe(1);
    await commit.idle();
    expect(file.written).toEqual([]);
  });

  it('shows an amendment at once, keeps it across a write already in flight, and writes it with the next', async () => {
    const file = new ControlledFile();
    const commit = new GroupCommit<Doc>(file, { items: [] });
    const a = commit.change(push('a'));
    const first = await file.next();
    commit.amend((doc) => doc.items.push('amended'));
    expect(commit.data.items).toEqual(['amended']);
    first.finish();
    await a;
    expect(commit.data.items).toEqual(['a', 'amended']);
    expect(commit.unsaved).toBe(true);
    const saved = commit.save();
    const second = await file.next();
    expect(second.doc.items).toEqual(['a', 'amended']);
    second.finish();
    await saved;
    expect(commit.unsaved).toBe(false);
  });
});
