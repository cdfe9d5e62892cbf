import { Menu } from 'electron';
import { applicationMenuTemplate } from './shell-policy';

/** Installs the application menu; which items it holds is decided in shell-policy.ts. */
export function installApplicationMenu(options: { isMac: boolean; productName: string; developerTools: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)));
}
