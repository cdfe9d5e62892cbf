import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName, ipcChannelFor, type CourseStudioBridge } from '../core/api/bridge';
import { apiMethodNames } from '../core/api/methods';

// Exposes exactly the contract's methods, each bound to its own channel. The renderer gets no
// ipcRenderer, no generic invoke and no Node globals: only these functions.
const bridge = Object.fromEntries(
  apiMethodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannelFor(method), input)]),
) as CourseStudioBridge;

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
