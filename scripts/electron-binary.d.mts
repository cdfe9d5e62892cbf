/** The path of the Electron executable, or null when it is not installed. */
export function electronBinary(): string | null;
