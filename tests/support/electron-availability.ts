import { electronBinary } from '../../scripts/electron-binary.mjs';

export const electronSkipReason =
  'the Electron binary is not installed here (its download comes from outside the npm registry); run "npm run electron:install" where it can be fetched';

/** Playwright's global setup: says once, up front, why the desktop-window tests will be skipped. */
export default function announceElectronAvailability(): void {
  if (electronBinary() === null) console.log(`Note: the real Electron window tests are skipped: ${electronSkipReason}.`);
}
