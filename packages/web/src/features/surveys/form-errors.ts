/**
 * Where a server problem of POST /api/surveys goes in the new-survey and import forms: the path of the
 * request body, to the name of the form field that holds it (the template's fields sit flat in the form).
 */
export function formFieldOf(path: readonly (string | number)[]): (string | number)[] {
  if (path[0] === 'template') {
    const rest = path.slice(1);
    if (rest.length === 0) return ['template'];
    if (rest[0] === 'features' && rest.length > 2) {
      // A feature's name or names go to its Chinese name field, where the either-language rule shows.
      return rest[2] === 'name' || rest[2] === 'names' ? [...rest.slice(0, 2), 'zh'] : rest.slice(0, 3);
    }
    return [rest[0] as string | number];
  }
  if (path[0] === 'definition') return ['definition'];
  return path.length > 0 ? [path[0] as string | number] : [];
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
