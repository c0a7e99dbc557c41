/**
 * Answers of the stored analyses (key moments, typical episodes): 200 is the result, current or just
 * computed; 202 means it is being computed in the background, with its progress and the last result of
 * the same query. Pages poll while it runs and show the last result with the instant it is of.
 */
import { unwrap } from './api/client.ts';

/** How far a background computation is (pages of whole customers); null while another server computes. */
export type TAnalysisProgress = { pagesDone: number; pagesTotal: number };

/** An analysis answer as a page reads it. */
export type TAnalysisAnswer<T> = {
  /** The result to show: the new one, or the last one while a new one is computed; null when none yet. */
  result: (T & { computedAt: string }) | null;
  running: boolean;
  progress: TAnalysisProgress | null;
};

/** How often a page asks again while an analysis runs. */
export const ANALYSIS_POLL_MS = 1_000;

/** The answer of an openapi-fetch call of an analysis endpoint (errors thrown as `unwrap` throws them). */
export async function analysisAnswerOf<T>(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<TAnalysisAnswer<T>> {
  let status = 0;
  const body = await unwrap(
    call.then((r) => {
      status = r.response.status;
      return r;
    }),
  );
  if (status !== 202) return { result: body as T & { computedAt: string }, running: false, progress: null };
  const running = body as { progress: TAnalysisProgress | null; last: (T & { computedAt: string }) | null };
  return { result: running.last, running: true, progress: running.progress };
}

/** The refetch interval of an analysis query: poll while it runs, not once it is done. */
export const pollWhileRunning = (query: { state: { data?: { running: boolean } | undefined } }) =>
  query.state.data?.running ? ANALYSIS_POLL_MS : false;

/** The share of a computation done, 0..100, or null when unknown. */
export function progressPercent(progress: TAnalysisProgress | null): number | null {
  if (!progress || progress.pagesTotal <= 0) return null;
  return Math.min(100, Math.round((100 * progress.pagesDone) / progress.pagesTotal));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The result of an analysis, asking again while it runs: for pages that show the figures, not the
 * computation (the overview, the journey map, the touchpoint page). The last result is taken when there
 * is one, so a page shows figures at once after new data; the key-moment page shows the progress instead.
 */
export async function waitForAnalysis<T>(
  ask: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T & { computedAt: string }> {
  for (;;) {
    const answer = await analysisAnswerOf<T>(ask());
    if (answer.result) return answer.result;
    await sleep(ANALYSIS_POLL_MS);
  }
}
