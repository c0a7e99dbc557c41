import { EpisodeAccumulator } from '../analytics/peak-end-accumulator.ts';
import { checkMeasures, checkStandard, experienceOf, findBreaches } from '../domain/experience.ts';
import { DEFAULT_RATING_SCALE } from '../domain/journey.ts';
import type { TLocale } from '../domain/journey.ts';
import type { TAttributes, TMomentInput } from '../domain/moment.ts';
import type { TCommentTheme } from '../packs/simulation-schema.ts';
import { commentToneOf, writeComment } from './comments.ts';
import { drawMeasure } from './draw.ts';
import { plantedLatent } from './latent.ts';
import type { TPlantedMoment } from './latent.ts';
import type { TPlannedJourney, TPlannedTouchpoint } from './plan.ts';
import type { Random } from './random.ts';
import type { TSimMoment } from './records.ts';
import { formatInstant } from './time.ts';
import type { TTruth } from './truth.ts';

/** Who and when: what the episode loop needs besides the plan. */
export type TEpisodeContext = {
  customer: string;
  episode: string;
  eventPrefix: string;
  locale: TLocale;
  /** Customer attributes, put on every moment (one shared object) when given. */
  attributes: TAttributes | undefined;
  /** The customer's region's load on durations. */
  load: number;
  startMs: number;
  surveyed: boolean;
  ratingShare: number;
  commentShare: number;
  utcOffset: string;
};

/** An episode's moments and what its outcome is computed from. */
export type TEpisodeDraw = { moments: TSimMoment[]; endMs: number; latentOverall: number; breaches: number };

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** One scorer for every episode drawn (episodes are drawn one at a time). */
const SCORER = new EpisodeAccumulator();

/**
 * Draws one episode: a moment per touchpoint it passes, each with measures drawn from the plan, its
 * experience by the core rule (experienceOf) and its breaches (findBreaches), then the planted latent
 * overall satisfaction (`plantedLatent` plus noise, see TOutcomeModel).
 */
export function drawEpisode(
  journey: TPlannedJourney,
  truth: TTruth,
  ctx: TEpisodeContext,
  random: Random,
): TEpisodeDraw {
  const moments: TSimMoment[] = [];
  const servedBy = new Map<string, number>();
  let t = ctx.startMs;
  const planted: TPlantedMoment[] = [];
  let breaches = 0;
  const tps = journey.touchpoints;
  for (let i = 0; i < tps.length; i++) {
    const tp = tps[i] as TPlannedTouchpoint;
    const isLastChance = moments.length === 0 && i === tps.length - 1;
    if (tp.share < 1 && !isLastChance && !random.chance(tp.share)) continue;
    // A planted initiative scales the durations like a region's load: the same draws, so the same customers.
    const initiative = tp.initiative && ctx.startMs >= tp.initiative.fromMs ? tp.initiative : undefined;
    const scale = ctx.load * (initiative?.durationFactor ?? 1);
    const measures: Record<string, number> = {};
    for (const m of tp.measures) measures[m.key] = drawMeasure(m.dist, random, scale ** m.loadExponent);
    if (moments.length > 0) t += gapMinutes(tp, measures, random) * 60_000;
    const checks = checkMeasures(measures, tp.touchpoint.measures);
    const experience =
      experienceOf({ measures }, tp.touchpoint, checks).value ?? clamp(0.25 + 0.4 * random.normal(), -1, 1);
    const breached = findBreaches({ measures }, tp.touchpoint, checks);
    breaches += breached.length;
    // The same person usually serves a department's consecutive steps (the technician who came fixes it).
    const e = servedBy.get(tp.touchpoint.owner) ?? random.int(tp.employees.length);
    servedBy.set(tp.touchpoint.owner, e);
    const idx = e % tp.employees.length;
    const felt =
      experience +
      (initiative?.perceivedShift ?? 0) +
      (tp.employeeEffects[idx] ?? 0) +
      truth.ratingNoiseSd * random.normal();
    // Rounded once, so the record shows exactly the value that set the rating and the comment's tone.
    const perceived = Math.round(clamp(felt, -1, 1) * 1000) / 1000;
    const moment: TMomentInput = {
      eventId: `${ctx.eventPrefix}-${moments.length + 1}`,
      journey: journey.key,
      touchpoint: tp.touchpoint.key,
      customer: ctx.customer,
      episode: ctx.episode,
      occurredAt: formatInstant(t, ctx.utcOffset),
      measures,
      employee: tp.employees[idx] as string,
    };
    if (ctx.attributes) moment.attributes = ctx.attributes;
    if (ctx.surveyed && random.chance(ctx.ratingShare)) moment.rating = rate(perceived, tp);
    if (ctx.surveyed && random.chance(ctx.commentShare * (0.4 + 0.6 * Math.abs(perceived)))) {
      const tone = commentToneOf(perceived);
      moment.comment = writeComment(
        themeOf(tp, measures, breached[0], tone, random),
        tone,
        ctx.locale,
        random,
      );
    }
    moments.push({
      kind: 'moment',
      moment,
      experience,
      perceived,
      breaches: breached.length,
    });
    planted.push({ driver: tp.driver, experience, breaches: breached.length });
  }
  const latentOverall = plantedLatent(truth, planted, SCORER) + truth.noiseSd * random.normal();
  return { moments, endMs: t, latentOverall, breaches };
}

/** The rating on the touchpoint's scale (default 1..5) that maps back to `perceived` (ratingToExperience's inverse). */
function rate(perceived: number, tp: TPlannedTouchpoint): number {
  const { min, max } = tp.touchpoint.ratingScale ?? DEFAULT_RATING_SCALE;
  return clamp(Math.round(min + ((perceived + 1) / 2) * (max - min)), min, max);
}

function gapMinutes(tp: TPlannedTouchpoint, measures: Record<string, number>, random: Random): number {
  const value = tp.gapMeasure === undefined ? undefined : measures[tp.gapMeasure];
  if (value !== undefined) return Math.max(0, value) * tp.gapMinutesPerUnit;
  return tp.gapMedianMinutes * Math.exp(tp.gapSigma * random.normal());
}

/**
 * What the comment is about: the breached measure's theme; when negative without a breach, the measure
 * furthest below its target; otherwise one of the touchpoint's themes.
 */
function themeOf(
  tp: TPlannedTouchpoint,
  measures: Record<string, number>,
  breach: { kind: string; measure?: string } | undefined,
  tone: string,
  random: Random,
): TCommentTheme {
  if (breach?.kind === 'measure') {
    const m = tp.measures.find((x) => x.key === breach.measure);
    if (m) return m.theme;
  }
  if (tone === 'negative') {
    let worst: TCommentTheme | undefined;
    let worstValue = 0.5;
    for (const m of tp.measures) {
      const def = tp.touchpoint.measures.find((d) => d.key === m.key);
      const value = measures[m.key];
      if (!def?.standard || value === undefined) continue;
      const { experience } = checkStandard(value, def.direction, def.standard);
      if (experience < worstValue) [worst, worstValue] = [m.theme, experience];
    }
    if (worst) return worst;
  }
  return tp.themes[random.int(tp.themes.length)] ?? 'attitude';
}
