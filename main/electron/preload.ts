// Runs in the sandboxed preload: exposes window.waymark and nothing else.
// Bundled to one CommonJS file, since a sandboxed preload can require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';
import { ipcChannel } from './ipc';

contextBridge.exposeInMainWorld(
  'waymark',
  createBridge((channel, input) => ipcRenderer.invoke(ipcChannel, channel, input)),
);
