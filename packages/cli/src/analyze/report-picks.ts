/**
 * Which touchpoints and floors the report's headlines and recommendations speak of, chosen from the model
 * once: the HTML sections write sentences about them, and `--format json` lists them by key.
 */
import type { TReportFloor, TReportModel, TReportTouchpoint } from './report-model.ts';

/** Most touchpoint recommendations listed; the rest are in the charts. */
const MAX_TOUCHPOINT_ITEMS = 6;
/** Most floor changes recommended; the table lists them all. */
const MAX_FLOOR_ITEMS = 3;
/** Most strengths to keep. */
const MAX_STRENGTHS = 2;
/** A suggested floor this far (relative) from the current one is worth a recommendation. */
const FLOOR_CHANGE = 0.15;

/** A touchpoint with a lift worth a recommendation. */
export type TLiftPick = TReportTouchpoint & { expectedLift: number };

/** The recommendations, in the order the report lists them. */
export type TRecommendationPicks = {
  /** Touchpoints to bring to their standard, by expected lift (largest first). */
  lifts: TLiftPick[];
  /** Floors worth moving. */
  floors: TReportFloor[];
  /** Strengths to keep: "keep up the good work" touchpoints not already listed for a lift. */
  strengths: TReportTouchpoint[];
};

/** Decimals the report shows an expected lift with: percentage points of churn with one, points with two. */
export function liftDigits(model: Pick<TReportModel, 'outcome'>): number {
  return model.outcome === 'churn' ? 1 : 2;
}

/** A significant floor on a numeric measure that differs enough from the current one (or sets a first one). */
function isWorthMoving(floor: TReportFloor): boolean {
  if (!floor.isSignificant || floor.unit === 'boolean') return false;
  if (floor.current === null) return true;
  return Math.abs(floor.suggested - floor.current) > FLOOR_CHANGE * Math.max(Math.abs(floor.current), 1);
}

/** Touchpoints ranked by expected lift, then floors worth moving, then the strengths to keep. */
export function pickRecommendations(model: TReportModel): TRecommendationPicks {
  // A lift that rounds to zero at the precision shown is not worth a sentence.
  const shown = 0.5 * 10 ** -liftDigits(model);
  const lifts = model.touchpoints
    .filter((tp): tp is TLiftPick => (tp.expectedLift ?? 0) >= shown)
    .sort((a, b) => b.expectedLift - a.expectedLift)
    .slice(0, MAX_TOUCHPOINT_ITEMS);
  const listed = new Set(lifts.map((tp) => tp.key));
  const strengths = model.touchpoints
    .filter((t) => t.quadrant === 'keep_up_the_good_work' && !listed.has(t.key))
    .slice(0, MAX_STRENGTHS);
  return { lifts, floors: model.floors.filter(isWorthMoving).slice(0, MAX_FLOOR_ITEMS), strengths };
}

/** What the headline findings name. */
export type THeadlinePicks = {
  /** The top-ranked touchpoint, when meeting its standard is worth something. */
  top: TLiftPick | null;
  /** The touchpoint whose moments breach their floor most often. */
  mostBreached: (TReportTouchpoint & { breachRate: number }) | null;
  /** Important and below-average touchpoints; null when no touchpoint could be placed on the IPA chart. */
  concentrate: TReportTouchpoint[] | null;
};

/** The touchpoints the headline findings speak of. */
export function pickHeadlines(model: TReportModel): THeadlinePicks {
  const top = model.touchpoints.find((tp) => tp.rank === 1);
  const worst = model.touchpoints
    .filter((tp): tp is TReportTouchpoint & { breachRate: number } => (tp.breachRate ?? 0) > 0)
    .sort((a, b) => b.breachRate - a.breachRate)[0];
  return {
    top: top && top.expectedLift !== null && top.expectedLift > 0 ? (top as TLiftPick) : null,
    mostBreached: worst ?? null,
    concentrate: model.touchpoints.some((tp) => tp.quadrant !== null)
      ? model.touchpoints.filter((tp) => tp.quadrant === 'concentrate_here')
      : null,
  };
}
