/** The three findings the real-data check asserts, judged from the two paths' figures (pure). */
import type { TFloorSuggestion } from '@mot/core';

/** One asserted finding: an id, whether it holds, and what was seen. */
export type TFinding = { id: string; ok: boolean; detail: string };

/** Largest difference allowed between the product path's and the raw files' gap. */
export const GAP_TOLERANCE = 1e-9;

/** What the findings are judged from. */
export type TFindingInput = {
  /** Touchpoint keys by rank, as `findKeyMoments` gives them. */
  ranking: readonly string[];
  /** Importance weight by touchpoint key (touchpoints outside the model left out). */
  importance: Readonly<Record<string, number>>;
  expectedTop: string;
  floors: readonly TFloorSuggestion[];
  floorMeasure: string;
  /** How far from 0 (in the measure's unit) the suggested floor may lie and still be "near 0". */
  floorTolerance: number;
  productGap: number;
  rawGap: number;
};

/** Judges the three findings; every one is returned, passed or not. */
export function judgeFindings(input: TFindingInput): TFinding[] {
  const top = input.ranking[0];
  const weights = Object.entries(input.importance).sort((a, b) => b[1] - a[1]);
  const mostImportant = weights[0]?.[0];
  const floor = input.floors.find((f) => f.measure === input.floorMeasure);
  const difference = Math.abs(input.productGap - input.rawGap);
  return [
    {
      id: 'top_key_moment',
      ok: top === input.expectedTop && mostImportant === input.expectedTop,
      detail: `rank 1 (expected lift) is ${top ?? 'none'}, largest importance ${mostImportant ?? 'none'}${
        weights[0] ? ` (${fixed(weights[0][1], 3)})` : ''
      }; expected ${input.expectedTop} for both`,
    },
    {
      id: 'floor_near_zero',
      ok: floor !== undefined && Math.abs(floor.threshold) <= input.floorTolerance,
      detail:
        floor === undefined
          ? `no floor was suggested for ${input.floorMeasure}`
          : `suggested floor ${fixed(floor.threshold, 2)}, allowed within ±${input.floorTolerance} of 0`,
    },
    {
      id: 'gap_matches_raw',
      ok: Number.isFinite(difference) && difference <= GAP_TOLERANCE,
      detail: `product ${fixed(input.productGap, 12)} vs raw ${fixed(input.rawGap, 12)}, |difference| ${difference.toExponential(1)} (allowed ${GAP_TOLERANCE})`,
    },
  ];
}

/** A number with `digits` decimals, or its plain text when not finite. */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}
