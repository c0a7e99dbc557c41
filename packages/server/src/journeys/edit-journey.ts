import type { TJourney, TJourneyInput } from '@mot/core';
import { ZJourney } from '@mot/core';
import { MotError, toPath } from '../errors.ts';
import type { TPath } from '../errors.ts';
import type { TDatabase } from '../storage/database.ts';
import { changeJourney } from '../storage/put-journey.ts';
import { findJourney } from './find-journey.ts';

/** A change to one part of a journey: the new document and where in it the changed part is. */
export type TJourneyEdit = { journey: TJourneyInput; focus: TPath };

/**
 * Applies a change to one stage, touchpoint or standard and re-validates the WHOLE journey it produces
 * (`ZJourney`, whose cross-field rules are core's `findJourneyProblems`). A problem inside the changed part
 * is reported with its path inside the request body; one elsewhere with its path in the journey. The
 * journey is read and written under the workspace lock (`changeJourney`), so concurrent edits all land.
 */
export async function editJourney(
  db: TDatabase,
  workspaceId: string,
  key: string,
  edit: (journey: TJourney) => TJourneyEdit,
): Promise<TJourney> {
  return changeJourney(db, workspaceId, async (tx) => {
    const current = await findJourney({ orm: tx }, workspaceId, key);
    const { journey, focus } = edit(structuredClone(current));
    const parsed = ZJourney.safeParse(journey);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((issue) => {
      const path = toPath(issue.path);
      const inFocus = focus.length > 0 && focus.every((part, i) => path[i] === part);
      return { path: inFocus ? path.slice(focus.length) : ['journey', ...path], message: issue.message };
    });
    const first = issues[0] ?? { path: [], message: 'invalid journey' };
    throw new MotError('invalid_journey', `the journey would be invalid: ${first.message}`, first.path, {
      issues,
    });
  });
}
