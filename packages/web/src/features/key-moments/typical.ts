/** The typical good and bad episodes of a journey in a period (not served yet: the curves show none). */
import type { TEpisode } from './api.ts';

/** The typical episodes; empty until the server offers them. */
export function useTypicalEpisodes(
  _journey: string,
  _range: { from: string; to: string },
): { data: { good: TEpisode | null; bad: TEpisode | null } | undefined; isPending: boolean } {
  return { data: undefined, isPending: false };
}
