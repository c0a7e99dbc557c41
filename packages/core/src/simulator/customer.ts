import type { TLocale } from '../domain/journey.ts';
import { drawEpisode } from './episode.ts';
import type { TResolvedOptions } from './options.ts';
import type { TPlan, TPlannedJourney } from './plan.ts';
import { Random } from './random.ts';
import type { TSimRecord } from './records.ts';
import { formatInstant } from './time.ts';

const DAY_MS = 86_400_000;

/**
 * One customer's records, drawn from the customer's own generator (stream = customer index), so that a
 * customer is the same whatever else is simulated. Everything is drawn before `observedUntil` is applied,
 * so cutting the observation short hides records without changing the ones shown.
 */
export function* simulateCustomer(plan: TPlan, o: TResolvedOptions, index: number): Generator<TSimRecord> {
  const random = new Random(plan.truth.seed, index);
  const customer = `${o.idPrefix}-c${index + 1}`;
  const locale: TLocale = random.chance(o.englishShare) ? 'en' : 'zh-CN';
  const regions = Object.keys(plan.truth.regionLoad);
  const region = regions[random.int(regions.length)] ?? 'north';
  const u = random.next();
  const tier = u < 0.7 ? 'standard' : u < 0.93 ? 'gold' : 'platinum';
  const attributes = { region, tier, locale };
  yield { kind: 'customer', customer: { externalId: customer, attributes }, locale };
  const count = 1 + random.poisson(o.episodesPerCustomer - 1);
  const starts = Array.from({ length: count }, () => o.start + random.next() * (o.end - o.start));
  starts.sort((a, b) => a - b);
  const until = o.observedUntil ?? Number.POSITIVE_INFINITY;
  const churn = plan.truth.churn;
  for (let k = 0; k < count; k++) {
    const startMs = starts[k] ?? o.start;
    if (startMs > until) return;
    const journey = pickJourney(plan, random);
    const episode = `${o.idPrefix}-e${index + 1}-${k + 1}`;
    const surveyed = random.chance(o.surveyShare);
    const draw = drawEpisode(
      journey,
      plan.truth,
      {
        customer,
        episode,
        eventPrefix: `${o.idPrefix}-m${index + 1}-${k + 1}`,
        locale,
        attributes: o.momentAttributes ? attributes : undefined,
        load: plan.truth.regionLoad[region] ?? 1,
        startMs,
        surveyed,
        ratingShare: o.ratingShare,
        commentShare: o.commentShare,
        utcOffset: o.utcOffset,
      },
      random,
    );
    const latent = draw.latentOverall;
    const nps = Math.round(((latent - 1) * 10) / 9 + plan.truth.npsNoiseSd * random.normal());
    // Proportional hazards (Cox 1972) with a constant baseline: exponential time to churn.
    const hazard =
      churn.baseDailyHazard *
      Math.exp(churn.perBreach * draw.breaches + churn.perPointBelow * Math.max(0, churn.reference - latent));
    const churnMs = draw.endMs + random.exponential(1 / hazard) * DAY_MS;
    const churned = churnMs < Math.max(draw.endMs, starts[k + 1] ?? o.end);
    if (draw.endMs > until) {
      // The episode is still open when observation stops: its moments so far, no outcome yet.
      for (const m of draw.moments) if (Date.parse(m.moment.occurredAt) <= until) yield m;
      if (churned) return;
      continue;
    }
    yield* draw.moments;
    const seen = churned && churnMs <= until;
    yield {
      kind: 'episode_outcome',
      journey: journey.key,
      customer,
      episode,
      startedAt: formatInstant(startMs, o.utcOffset),
      endedAt: formatInstant(draw.endMs, o.utcOffset),
      moments: draw.moments.length,
      breaches: draw.breaches,
      latentOverall: Math.round(latent * 1000) / 1000,
      surveyed,
      overall: surveyed ? Math.min(10, Math.max(1, Math.round(latent))) : null,
      nps: surveyed ? Math.min(10, Math.max(0, nps)) : null,
      churned: seen,
      churnedAt: seen ? formatInstant(churnMs, o.utcOffset) : null,
    };
    if (churned) return;
  }
}

/** A journey picked by the journeys' relative frequencies. */
function pickJourney(plan: TPlan, random: Random): TPlannedJourney {
  const x = random.next() * plan.totalShare;
  for (const journey of plan.journeys) if (x < journey.cumulativeShare) return journey;
  return plan.journeys[plan.journeys.length - 1] as TPlannedJourney;
}
