import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StopReport } from '../core/service/orderly-stop';

/**
 * The desktop entry's quitting and start-up, with Electron replaced by a stand-in (the binary is
 * not installed on our machines): before-quit waits for the flush, shows what was not saved, then
 * quits; a start that fails shows a dialog and exits with 1.
 */

class StandInApp extends EventEmitter {
  quits = 0;
  exitCode: number | null = null;
  #ready: Promise<void>;

  constructor(ready: Promise<void>) {
    super();
    this.#ready = ready;
  }

  requestSingleInstanceLock = () => true;
  whenReady = () => this.#ready;
  getAppPath = () => '/app';
  getPath = () => '/user-data';
  exit = (code: number) => {
    this.exitCode = code;
  };

  /** Like Electron: quitting emits before-quit, and goes on only if nobody prevented it. */
  quit = () => {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quits++;
  };
}

const electron = vi.hoisted(() => ({
  app: null as unknown as StandInApp,
  dialog: { showErrorBox: vi.fn<(title: string, content: string) => void>() },
  ipcMain: {},
}));
const studio = vi.hoisted(() => ({ open: vi.fn<() => Promise<unknown>>() }));

vi.mock('electron', () => electron);
vi.mock('../core/service/course-studio', () => ({ openCourseStudio: studio.open }));
vi.mock('./app-protocol', () => ({
  registerAppScheme: () => {},
  rendererDirIn: () => '/app/dist/renderer',
  rendererIndexUrl: () => 'app://course-studio/',
  serveAppProtocol: () => {},
}));
vi.mock('./desktop-integration', () => ({ electronDesktopIntegration: () => ({}) }));
vi.mock('./ipc', () => ({ registerIpcHandlers: () => {} }));
vi.mock('./menu', () => ({ installApplicationMenu: () => {} }));
vi.mock('./window', () => ({ createMainWindow: () => new EventEmitter() }));

/** Loads main.ts afresh over a stand-in app that is ready at once; resolves once start() has run. */
async function launch(): Promise<StandInApp> {
  let ready!: () => void;
  electron.app = new StandInApp(new Promise<void>((resolve) => (ready = resolve)));
  vi.resetModules();
  await import('./main');
  ready();
  await electron.app.whenReady();
  await vi.waitFor(() => expect(studio.open).toHaveBeenCalled());
  return electron.app;
}

beforeEach(() => {
  electron.dialog.showErrorBox.mockReset();
  studio.open.mockReset();
});

describe('quitting the desktop app', () => {
  it('waits for the flush before quitting, then quits without a dialog when everything was saved', async () => {
    let finish!: (report: StopReport) => void;
    const flushBeforeExit = vi.fn(() => new Promise<StopReport>((resolve) => (finish = resolve)));
    studio.open.mockResolvedValue({ dispatch: vi.fn(), resolveFile: vi.fn(), flushBeforeExit });
    const app = await launch();
    await vi.waitFor(() => expect(app.listenerCount('before-quit')).toBe(1));

    app.quit();
    expect(flushBeforeExit).toHaveBeenCalledTimes(1);
    expect(app.quits).toBe(0);
    app.quit(); // a second quit while saving starts no second flush
    expect(flushBeforeExit).toHaveBeenCalledTimes(1);

    finish({ unsaved: [], message: null });
    await vi.waitFor(() => expect(app.quits).toBe(1));
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('shows what could not be saved in a dialog, then quits', async () => {
    const message =
      "Course Studio stopped before it could save everything (the disk is full). Not saved:\n- Ana's progress, which belongs in /user-data/learners/a.json. A copy was kept as /tmp/x/learners-a.json.";
    studio.open.mockResolvedValue({ dispatch: vi.fn(), resolveFile: vi.fn(), flushBeforeExit: async () => ({ unsaved: [], message }) });
    const app = await launch();
    await vi.waitFor(() => expect(app.listenerCount('before-quit')).toBe(1));
    app.quit();
    await vi.waitFor(() => expect(app.quits).toBe(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Course Studio: not everything was saved', message);
  });
});

describe('starting the desktop app', () => {
  it('shows why it could not start in a dialog, without a stack trace, and exits with 1', async () => {
    studio.open.mockRejectedValue(
      Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES', path: '/user-data/learners' }),
    );
    const app = await launch();
    await vi.waitFor(() => expect(app.exitCode).toBe(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Course Studio',
      'Course Studio could not start. Course Studio is not allowed to read or write a file in its data folder (EACCES: /user-data/learners).\nData folder: /user-data',
    );
  });
});
