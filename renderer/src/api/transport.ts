import type { ApiMethod } from '../../../core/api/contract';
import type { CourseStudioBridge } from '../../../core/api/bridge';
import type { ApiResult } from '../../../core/api/errors';

/** Sends one call to the Node side and answers its envelope. Never throws for API errors. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    courseStudio?: CourseStudioBridge;
  }
}

/** The desktop app's preload bridge, when the renderer runs inside Electron. */
export function bridgeTransport(bridge: CourseStudioBridge): Transport {
  // The client is typed by the contract and the dispatch validates the argument; TypeScript cannot
  // correlate `method` with its bridge function through the union of methods, hence the cast.
  return (method, input) => (bridge[method] as (arg: unknown) => Promise<ApiResult<unknown>>)(input);
}

/** The browser build: `POST /api/<method>` to the server that served this page. */
export function httpTransport(baseUrl = '/api/'): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return unreachable('Course Studio is not answering. Is the server (npm run serve) still running?');
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return unreachable(`Course Studio sent an unreadable answer (HTTP ${response.status}).`);
    }
  };
}

function unreachable(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}
