/** The scripts index.html makes the browser load at once: its module scripts and modulepreload links. */
export function initialScripts(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g))
    files.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g))
    files.add(match[1] ?? '');
  return [...files].filter(Boolean);
}
