// Waymark's own menu, as data: Edit (cut, copy, paste), View (zoom), Help
// (About, the log folder). It replaces Electron's default menu, which offers
// the developer tools in the packaged app; those appear only in development.

/** Electron roles this menu uses; each is a built-in action with its usual shortcut. */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'windowMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export type MenuItemTemplate =
  | { type: 'separator' }
  | { role: MenuRole; label?: string }
  | { label: string; click: () => void }
  | { label: string; role?: 'help'; submenu: MenuItemTemplate[] };

export type MenuOptions = {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  appName: string;
  showAbout: () => void;
  openLogFolder: () => void;
};

const separator = { type: 'separator' } as const;

export function menuTemplate({
  platform,
  isDevelopment,
  appName,
  showAbout,
  openLogFolder,
}: MenuOptions): MenuItemTemplate[] {
  const isMac = platform === 'darwin';
  const macAppMenu: MenuItemTemplate = {
    label: appName,
    submenu: [
      { role: 'about', label: `About ${appName}` },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${appName}` },
    ],
  };
  const fileMenu: MenuItemTemplate = {
    label: 'File',
    submenu: [isMac ? { role: 'close' } : { role: 'quit', label: 'Exit' }],
  };
  const editMenu: MenuItemTemplate = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemTemplate[] = isDevelopment
    ? [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  const viewMenu: MenuItemTemplate = {
    label: 'View',
    submenu: [
      { role: 'resetZoom', label: 'Actual size' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
  const helpMenu: MenuItemTemplate = {
    label: 'Help',
    // On macOS this role adds the system's search box to the menu.
    role: 'help',
    submenu: [
      { label: `About ${appName}`, click: showAbout },
      { label: 'Open the log folder', click: openLogFolder },
    ],
  };
  const windowMenu: MenuItemTemplate = { role: 'windowMenu' };
  return isMac
    ? [macAppMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
