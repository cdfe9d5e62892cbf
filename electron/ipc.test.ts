import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannelFor } from '../core/api/bridge';
import type { Dispatch } from '../core/api/dispatch';
import { registerIpcHandlers } from './ipc';
import { appOrigin } from './trusted-url';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => unknown;

/** Registers the handlers on a stand-in for Electron's ipcMain and hands back the one for `method`. */
function handlerFor(method: string, dispatch: Dispatch): Handler {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
  registerIpcHandlers(ipcMain, dispatch);
  const handler = handlers.get(ipcChannelFor(method as Parameters<typeof ipcChannelFor>[0]));
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler;
}

const fromOurWindow = { senderFrame: { parent: null, url: `${appOrigin}/index.html` } } as unknown as IpcMainInvokeEvent;

describe('the IPC handlers', () => {
  it('pass a normal argument to dispatch', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: [] }));
    await expect(handlerFor('listLearners', dispatch)(fromOurWindow, {})).resolves.toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('listLearners', {});
  });

  it.each([
    ['a 60 MB argument', 'listLearners', { junk: 'x'.repeat(60 * 1024 * 1024) }, 'larger than 8 MB'],
    ['an 11 MB image', 'addImage', { dataBase64: 'A'.repeat(15 * 1024 * 1024) }, 'larger than 10 MB'],
    ['300,000 unknown keys', 'listLearners', Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, 1])), '1,000 fields'],
    ['an argument nested 100,000 deep', 'listLearners', JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown, '32 levels'],
  ])('refuse %s before dispatch, naming the limit', async (_case, method, input, named) => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: null }));
    const answer = (await handlerFor(method, dispatch)(fromOurWindow, input)) as { ok: boolean; error?: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('bad-request');
    expect(answer.error?.message).toContain(named);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuse a frame that is not our window before looking at the argument', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: null }));
    const elsewhere = { senderFrame: { parent: null, url: 'https://example.com/' } } as unknown as IpcMainInvokeEvent;
    const answer = (await handlerFor('listLearners', dispatch)(elsewhere, {})) as { error?: { code: string } };
    expect(answer.error?.code).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
  });
});
