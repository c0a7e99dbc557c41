/**
 * Keys users give surveys, studies and KANO features: lower-case ASCII letters, digits, dashes and
 * underscores, starting with a letter or digit (the server's rule for keys in links and files).
 */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** A key from a name: its lower-case ASCII words joined by dashes, else `fallback`, then `-tail`. */
export function keyFromName(name: string, fallback: string, tail: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${stem || fallback}-${tail}`;
}
