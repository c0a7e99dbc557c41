const STORAGE_KEY = 'mot.workspace';

/** The workspace the user worked in last, remembered in this browser. */
export function lastWorkspace(): string | null {
  return window.localStorage.getItem(STORAGE_KEY);
}

/** Remembers the workspace the user works in. */
export function rememberWorkspace(key: string): void {
  window.localStorage.setItem(STORAGE_KEY, key);
}
