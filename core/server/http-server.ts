import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve as resolvePath, sep } from 'node:path';
import { shapeRefusal } from '../api/argument-shape';
import type { Dispatch } from '../api/dispatch';
import type { ApiErrorCode, ApiErrorInfo, ApiResult } from '../api/errors';
import { JsonShapeScanner } from '../api/json-shape-scanner';
import { argumentSizeLimit, type ArgumentSizeLimit } from '../api/limits';
import { isJsonContentType } from './json-content-type';
import type { ServedFile } from '../workspace/served-file';
import { attachment, contentTypeFor, existingFile, resolveInside } from './static-files';
import { isAllowedHost, isAllowedOrigin } from './request-guard';
import { securityHeaders } from './security-headers';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and its assets). */
  rendererDir: string;
  /** Maps the app's own file URLs (course images, downloads) to a file, or null when there is none to serve. */
  resolveFile: (urlPath: string) => Promise<ServedFile | null>;
  /** 0 picks a free port. */
  port: number;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const apiPathPrefix = '/api/';

const httpStatusFor: Readonly<Record<ApiErrorCode, number>> = {
  'invalid-argument': 400,
  'bad-request': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  forbidden: 403,
  'not-saved': 507,
  internal: 500,
};

/**
 * Serves the browser build on 127.0.0.1: the renderer's files, the courses' images, and the API as
 * `POST /api/<method>` with a JSON body. Always loopback: this is a single-user desktop app in a tab.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const fingerprintedDir = join(resolvePath(options.rendererDir), 'assets') + sep;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[http] request failed:', error);
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'The server could not answer this request.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
      sendJson(response, 403, failure('forbidden', 'Requests are accepted only from Course Studio itself.'));
      return;
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith(apiPathPrefix)) return handleApi(request, response, path.slice(apiPathPrefix.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, failure('bad-request', 'Only GET is supported here.'));
      return;
    }
    const served = await options.resolveFile(path);
    if (served) {
      sendFile(request, response, served.path, 'no-cache', served.downloadName);
      return;
    }
    const file =
      (await existingFile(resolveInside(options.rendererDir, path))) ??
      // Any other path is a screen of the single-page app.
      (looksLikeFile(path) ? null : await existingFile(join(options.rendererDir, 'index.html')));
    if (!file) {
      sendJson(response, 404, failure('not-found', `Nothing is served at ${path}.`));
      return;
    }
    // Vite fingerprints the renderer's assets/ files, so those may be cached for good; index.html must not be.
    sendFile(request, response, file, file.startsWith(fingerprintedDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      sendJson(response, 405, failure('bad-request', 'API calls use POST.'));
      return;
    }
    if (!isJsonContentType(request.headers['content-type'])) {
      sendJson(response, 415, failure('bad-request', 'API calls send JSON (Content-Type: application/json).'));
      return;
    }
    const name = decodeMethod(method);
    const body = await readBody(request, argumentSizeLimit(name));
    if (typeof body !== 'string') {
      sendJson(response, body.status, failure('bad-request', body.message));
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, failure('bad-request', 'The request body is not valid JSON.'));
      return;
    }
    const result = await options.dispatch(name, input);
    sendJson(response, result.ok ? 200 : httpStatusFor[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/`, port, close: () => closeServer(server) };
}

function decodeMethod(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function looksLikeFile(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path);
}

interface RefusedBody {
  status: 400 | 413;
  message: string;
}

/**
 * Reads an API body up to the method's size limit, measuring its shape as it arrives (see
 * JsonShapeScanner): a body too large, too deep or too wide is refused at the chunk that passes
 * the limit, without waiting for the rest and without parsing any of it.
 */
function readBody(request: IncomingMessage, limit: ArgumentSizeLimit): Promise<string | RefusedBody> {
  const tooLarge: RefusedBody = { status: 413, message: limit.tooLarge };
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const scanner = new JsonShapeScanner();
    let size = 0;
    const stop = (refused: RefusedBody) => {
      request.off('data', onData);
      // The rest is read and dropped, unparsed, so the client gets the answer rather than a reset
      // connection; a client still sending at twice the limit is cut off.
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > 2 * limit.bytes) request.destroy();
      });
      resolve(refused);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit.bytes) return stop(tooLarge);
      const passed = scanner.push(chunk);
      if (passed) return stop({ status: 400, message: shapeRefusal(passed).message });
      chunks.push(chunk);
    };
    // After 'end' this changes nothing; before it, the client went away mid-body.
    request.once('close', () => reject(new Error('The request was closed before its body arrived.')));
    request.once('error', reject);
    if (Number(request.headers['content-length'] ?? 0) > limit.bytes) return stop(tooLarge);
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function failure(code: ApiErrorCode, message: string): ApiResult<never> {
  const error: ApiErrorInfo = { code, message };
  return { ok: false, error };
}

function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cacheControl: string, downloadName?: string): void {
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': cacheControl,
    ...(downloadName && { 'Content-Disposition': attachment(downloadName) }),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
