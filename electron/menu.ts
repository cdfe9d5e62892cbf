import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The usual menus with their standard roles, so shortcuts (copy, paste, zoom, quit) work everywhere. */
export function installApplicationMenu(isMac: boolean, productName: string): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: productName, role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${productName}`, role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
