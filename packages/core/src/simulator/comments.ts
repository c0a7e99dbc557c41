import type { TLocale } from '../domain/journey.ts';
import type { TCommentTheme } from '../packs/simulation-schema.ts';
import { COMMENT_TEMPLATES } from './comment-templates.ts';
import type { TCommentTone } from './comment-templates.ts';
import type { Random } from './random.ts';

/** Perceived experience at or above this reads as praise. */
export const POSITIVE_FROM = 0.25;
/** Perceived experience at or below this reads as a complaint. */
export const NEGATIVE_TO = -0.15;

/** The tone a customer writes in after a moment they perceived as `perceived` (-1..+1). */
export function commentToneOf(perceived: number): TCommentTone {
  if (perceived >= POSITIVE_FROM) return 'positive';
  if (perceived <= NEGATIVE_TO) return 'negative';
  return 'neutral';
}

/** A comment on `theme` in `tone` and `locale`, one of the templates picked at random. */
export function writeComment(
  theme: TCommentTheme,
  tone: TCommentTone,
  locale: TLocale,
  random: Random,
): string {
  const options = COMMENT_TEMPLATES[theme][tone][locale];
  return options[random.int(options.length)] ?? '';
}
