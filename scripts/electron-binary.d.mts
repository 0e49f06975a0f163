/** The Electron binary's path, or why there is none. */
export function electronBinary(): { path: string } | { missing: string };
