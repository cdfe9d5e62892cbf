import packageJson from '../package.json' with { type: 'json' };

/**
 * The product's name comes from package.json alone: Electron derives its data folder from it, and
 * the browser build uses the same folder, so a machine keeps one set of data whichever shell runs.
 */
export const productName: string = packageJson.productName;
export const appVersion: string = packageJson.version;
