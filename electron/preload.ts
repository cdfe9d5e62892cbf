import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName, bridgeOf, ipcChannelFor, type CourseStudioBridge } from '../core/api/bridge';
import { apiMethodNames, type ApiMethod } from '../core/api/methods';

// Exposes exactly the contract's methods, each bound to its own channel. The renderer gets no
// ipcRenderer, no generic invoke and no Node globals: only these functions.
function bridgeMethod<M extends ApiMethod>(method: M): CourseStudioBridge[M] {
  // The main process answers each channel with that method's ApiResult (electron/ipc.ts).
  return (input: unknown) => ipcRenderer.invoke(ipcChannelFor(method), input);
}

const bridge = bridgeOf(apiMethodNames, bridgeMethod) satisfies CourseStudioBridge;

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
