import type { TLocale } from '../domain/journey.ts';
import { drawEpisode } from './episode.ts';
import { parseSimulateOptions } from './options.ts';
import type { TResolvedOptions, TSimulateOptions } from './options.ts';
import { planSimulation } from './plan.ts';
import type { TPlan, TPlannedJourney } from './plan.ts';
import { Random } from './random.ts';
import type { TSimRecord } from './records.ts';
import { resolveSource } from './source.ts';
import type { TSimulationSource } from './source.ts';
import { formatInstant } from './time.ts';
import { truthOfResolved } from './truth.ts';

const DAY_MS = 86_400_000;
const REGIONS = ['north', 'east', 'south', 'west', 'central'] as const;

/**
 * Simulates customers of a pack (or of one journey) with planted truth, as a stream of records: for each
 * customer a `customer` record, then per episode its `moment` records and an `episode_outcome`.
 * Deterministic (same seed and options, same records) and streaming: each customer is drawn from its own
 * seeded generator, so memory stays constant however many moments are drawn. The planted truth is
 * `truthOf(source, options)`.
 */
export function* simulate(
  source: TSimulationSource,
  options: TSimulateOptions,
): Generator<TSimRecord, void, undefined> {
  const o = parseSimulateOptions(options);
  const resolved = resolveSource(source, o.journeys);
  if (resolved.journeys.length === 0) return;
  const plan = planSimulation(resolved, truthOfResolved(resolved, o));
  let moments = 0;
  for (let c = o.firstCustomer; c < o.firstCustomer + o.customers; c++) {
    for (const record of simulateCustomer(plan, o, c)) {
      if (record.kind === 'moment') moments++;
      yield record;
    }
    if (o.maxMoments !== undefined && moments >= o.maxMoments) return;
  }
}

/** One customer's records, from the customer's own generator (stream = customer index). */
function* simulateCustomer(plan: TPlan, o: TResolvedOptions, index: number): Generator<TSimRecord> {
  const random = new Random(plan.truth.seed, index);
  const customer = `${o.idPrefix}-c${index + 1}`;
  const locale: TLocale = random.chance(o.englishShare) ? 'en' : 'zh-CN';
  const region = REGIONS[random.int(REGIONS.length)] ?? 'north';
  const u = random.next();
  const tier = u < 0.7 ? 'standard' : u < 0.93 ? 'gold' : 'platinum';
  yield {
    kind: 'customer',
    customer: { externalId: customer, attributes: { region, tier, locale } },
    locale,
  };
  const count = 1 + random.poisson(o.episodesPerCustomer - 1);
  const starts = Array.from({ length: count }, () => o.start + random.next() * (o.end - o.start)).sort(
    (a, b) => a - b,
  );
  const churn = plan.truth.churn;
  for (let k = 0; k < count; k++) {
    const journey = pickJourney(plan, random);
    const episode = `${o.idPrefix}-e${index + 1}-${k + 1}`;
    const surveyed = random.chance(o.surveyShare);
    const ctx = {
      customer,
      episode,
      eventPrefix: `${o.idPrefix}-m${index + 1}-${k + 1}`,
      locale,
      startMs: starts[k] ?? o.start,
      surveyed,
      ratingShare: o.ratingShare,
      commentShare: o.commentShare,
      utcOffset: o.utcOffset,
    };
    const draw = drawEpisode(journey, plan.truth, ctx, random);
    yield* draw.moments;
    const latent = draw.latentOverall;
    // Proportional hazards (Cox 1972) with a constant baseline: exponential time to churn.
    const hazard =
      churn.baseDailyHazard *
      Math.exp(churn.perBreach * draw.breaches + churn.perPointBelow * Math.max(0, churn.reference - latent));
    const untilMs = random.exponential(1 / hazard) * DAY_MS;
    const windowEnd = Math.max(draw.endMs, starts[k + 1] ?? o.end);
    const churned = draw.endMs + untilMs < windowEnd;
    yield {
      kind: 'episode_outcome',
      journey: journey.key,
      customer,
      episode,
      startedAt: formatInstant(ctx.startMs, o.utcOffset),
      endedAt: formatInstant(draw.endMs, o.utcOffset),
      moments: draw.moments.length,
      breaches: draw.breaches,
      latentOverall: Math.round(latent * 1000) / 1000,
      surveyed,
      overall: surveyed ? Math.min(10, Math.max(1, Math.round(latent))) : null,
      nps: surveyed
        ? Math.min(
            10,
            Math.max(0, Math.round(((latent - 1) * 10) / 9 + plan.truth.npsNoiseSd * random.normal())),
          )
        : null,
      churned,
      churnedAt: churned ? formatInstant(draw.endMs + untilMs, o.utcOffset) : null,
    };
    if (churned) return;
  }
}

function pickJourney(plan: TPlan, random: Random): TPlannedJourney {
  const x = random.next() * plan.totalShare;
  for (const journey of plan.journeys) if (x < journey.cumulativeShare) return journey;
  return plan.journeys[plan.journeys.length - 1] as TPlannedJourney;
}
