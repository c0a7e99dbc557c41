import type { TJourney } from '../../domain/journey.ts';
import type { TThemeDictionary } from './schema.ts';

/**
 * The touchpoints of a journey a theme belongs to: the pack's explicit `touchpoints` when it set them;
 * otherwise touchpoints whose key contains one of the theme's hints; otherwise the touchpoints in stages
 * of the theme's stage kinds. Empty when nothing fits (the theme then stays journey-wide).
 */
export function findThemeTouchpoints(
  dictionary: TThemeDictionary,
  themeKey: string,
  journey: TJourney,
): string[] {
  const theme = dictionary.themes.find((t) => t.key === themeKey);
  if (theme === undefined) return [];
  const known = new Set(journey.touchpoints.map((t) => t.key));
  const explicit = theme.touchpoints.filter((k) => known.has(k));
  if (explicit.length > 0) return explicit;
  const byHint = journey.touchpoints.filter((t) => theme.touchpointHints.some((h) => t.key.includes(h)));
  if (byHint.length > 0) return byHint.map((t) => t.key);
  const kinds = new Set<string>(theme.stageKinds);
  const stages = new Set(journey.stages.filter((s) => kinds.has(s.kind)).map((s) => s.key));
  return journey.touchpoints.filter((t) => stages.has(t.stage)).map((t) => t.key);
}
