/**
 * What an initiative is, as stored and evaluated: the kinds of change, the measures an evaluation can
 * read, the segment filter, the expected effect and the choice of comparison.
 */

/** The kinds of change an initiative records. */
export const INITIATIVE_KINDS = [
  'new_standard',
  'training',
  'process_change',
  'new_script',
  'other',
] as const;

/** A kind of change. */
export type TInitiativeKind = (typeof INITIATIVE_KINDS)[number];

/**
 * The measures an initiative is evaluated on, each defined as elsewhere in the product: a moment's stored
 * experience value (-1..+1) and rating; its breach rate (share of moments with any tolerance-floor
 * breach); and, for the episodes passing the touchpoints, the outcome's NPS, overall satisfaction and churn.
 */
export const EVALUATION_METRICS = ['experience', 'rating', 'breach_rate', 'nps', 'overall', 'churn'] as const;

/** A measure an initiative is evaluated on. */
export type TEvaluationMetric = (typeof EVALUATION_METRICS)[number];

/** Customer attributes the moments' customers must carry: attribute -> the accepted values (as text). */
export type TSegment = Record<string, string[]>;

/** A touchpoint named by its journey and its key. */
export type TTouchpointRef = { journey: string; touchpoint: string };

/** The effect an initiative was expected to have: on which measure, which way, and how much (optional). */
export type TExpectedEffect = {
  metric: TEvaluationMetric;
  direction: 'increase' | 'decrease';
  /** In the measure's unit: points of experience, rating or NPS; percentage points of a rate. */
  size: number | null;
};

/**
 * What the initiative's moments are compared with: touchpoints the product suggests (similar volume and
 * pre-period level), touchpoints the user picked, or the same touchpoints in another segment.
 */
export type TComparisonChoice =
  | { kind: 'suggested' }
  | { kind: 'touchpoints'; touchpoints: TTouchpointRef[] }
  | { kind: 'segment'; segment: TSegment };
