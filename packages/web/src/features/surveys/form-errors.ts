/**
 * Where a server problem of POST /api/surveys goes in the new-survey and import forms: the path of the
 * request body, to the name of the form field that holds it (the template's fields sit flat in the form).
 */
export function formFieldOf(path: readonly (string | number)[]): (string | number)[] {
  if (path[0] === 'template') {
    const rest = path.slice(1);
    if (rest.length === 0) return ['template'];
    return rest[0] === 'features' && rest.length > 2 ? rest : [rest[0] as string | number];
  }
  if (path[0] === 'definition') return ['definition'];
  return path.length > 0 ? [path[0] as string | number] : [];
}

/** A survey key from its name: lower-case letters, digits and dashes, else `survey`, with a short tail. */
export function keyFromName(name: string, tail: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${stem || 'survey'}-${tail}`;
}

/** What an uploaded file holds: a mot export (with its key, name and journey) or a plain SurveyJS JSON. */
export type TUploaded =
  | { ok: true; definition: Record<string, unknown>; key?: string; name?: string; journey?: string | null }
  | { ok: false; reason: 'not_json' | 'not_survey' };

/** Reads an uploaded file's text. */
export function readUploaded(text: string): TUploaded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, reason: 'not_survey' };
  const definition = parsed as Record<string, unknown>;
  if (!Array.isArray(definition['pages'])) return { ok: false, reason: 'not_survey' };
  const mot = definition['mot'];
  if (mot && typeof mot === 'object') {
    const info = mot as { key?: unknown; name?: unknown; journey?: unknown };
    return {
      ok: true,
      definition,
      ...(typeof info.key === 'string' ? { key: info.key } : {}),
      ...(typeof info.name === 'string' ? { name: info.name } : {}),
      ...(typeof info.journey === 'string' || info.journey === null ? { journey: info.journey } : {}),
    };
  }
  return { ok: true, definition };
}
