import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { checkArgument } from '../core/api/argument-check';
import { ipcChannelFor } from '../core/api/bridge';
import type { Dispatch } from '../core/api/dispatch';
import type { ApiResult } from '../core/api/errors';
import { apiMethodNames } from '../core/api/methods';
import { isAppUrl } from './trusted-url';

const refused: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only Course Studio’s own window may use this action.' },
};

/**
 * Serves every contract method on its own channel. Each call is checked to come from a frame of our
 * own renderer (not an iframe or a page that navigated away), and its argument to keep the API's
 * limits of size and shape (the ones the HTTP host applies to a body), before it reaches dispatch,
 * which validates it against the contract.
 */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(ipcChannelFor(method), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return refused;
      const overLimit = checkArgument(method, input);
      if (overLimit) return { ok: false, error: overLimit } satisfies ApiResult<never>;
      return dispatch(method, input);
    });
  }
}
