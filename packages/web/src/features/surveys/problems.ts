/**
 * What is wrong with a definition before it is saved: core's ZSurveyDefinition (the server's own check),
 * each problem placed at the question (or page) its path names, so the builder can show it there.
 */
import { ZSurveyDefinition } from '@mot/core/surveys/definition';
import type { TAt, TDefinition } from './definition-model.ts';

/** A problem with where it is: a question, a page, or the survey as a whole. */
export type TDefinitionProblem = {
  path: (string | number)[];
  message: string;
  /** The question the path is in, if it is in one. */
  at: TAt | null;
  /** The page the path is in, if it is in one. */
  page: number | null;
  /** The question's property named (`title`, `visibleIf`, `mot`...), if any. */
  field: string | null;
};

/** Places a path (from the browser's check or the server's answer) in the definition. */
export function placeProblem(path: readonly PropertyKey[], message: string): TDefinitionProblem {
  const rest = path[0] === 'definition' ? path.slice(1) : path;
  const clean = rest.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const page = clean[0] === 'pages' && typeof clean[1] === 'number' ? clean[1] : null;
  const index = page !== null && clean[2] === 'elements' && typeof clean[3] === 'number' ? clean[3] : null;
  const fieldPart = index !== null ? clean[4] : null;
  return {
    path: clean,
    message,
    page,
    at: page !== null && index !== null ? { page, index } : null,
    field: typeof fieldPart === 'string' ? fieldPart : null,
  };
}

/** Every problem of the definition (empty: it can be saved). */
export function checkDefinition(def: TDefinition): TDefinitionProblem[] {
  const result = ZSurveyDefinition.safeParse(def);
  if (result.success) return [];
  return result.error.issues.map((issue) => placeProblem(issue.path, issue.message));
}

/** The problems of one question. */
export const problemsAt = (problems: readonly TDefinitionProblem[], at: TAt): TDefinitionProblem[] =>
  problems.filter((p) => p.at?.page === at.page && p.at.index === at.index);
