import { ZJourney, experienceOf, ratingToExperience } from '@mot/core';
import type { TMomentInput, TTouchpoint } from '@mot/core';
import { BROADBAND_REPAIR } from './broadband-repair.ts';
import { pickComment, toneOf } from './comments.ts';
import { createRandom } from './random.ts';
import type { TRandom } from './random.ts';

/** What the demo generator needs: how many moments, the seed, and the moment "now" the 90 days end at. */
export type TDemoGeneratorOptions = { moments: number; seed: number; now: Date };

const HOUR = 3_600_000;
const DAYS = 90;
/** Districts of a fictional city; the new district has fewer technicians, so visits there are slower. */
const REGIONS = [
  { name: '东城区', load: 1 },
  { name: '西城区', load: 1 },
  { name: '南城区', load: 1.1 },
  { name: '北城区', load: 1 },
  { name: '新区', load: 1.5 },
] as const;
const PLANS = ['100M', '300M', '500M', '1000M'] as const;

type TStep = { touchpoint: string; at: number; measures: Record<string, number>; employee?: string };

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/**
 * A small deterministic generator of broadband-repair moments for the demo workspace, so the product is
 * never empty. Each episode is a plausible sequence (hotline call, acknowledgement, booking, visit, fix, a
 * second visit when the first failed, sometimes a complaint, usually a callback) over the last 90 days, with
 * measures drawn around the standards (some breaches), ratings for a share of moments and short comments
 * whose tone follows the moment. It is NOT a simulator with planted truth: only two effects are built in
 * (slower visits in 新区, technicians differing in first-visit fixes), and nothing should be concluded from it.
 * Moments after `now` are left out, so recent episodes are still open. Same options, same moments.
 */
export function* generateDemoMoments(options: TDemoGeneratorOptions): Generator<TMomentInput> {
  const random = createRandom(options.seed);
  const touchpoints = new Map(ZJourney.parse(BROADBAND_REPAIR).touchpoints.map((t) => [t.key, t]));
  const customers = Array.from({ length: Math.max(30, Math.round(options.moments / 9)) }, (_, i) => ({
    id: `C${String(i + 1).padStart(6, '0')}`,
    region: random.pick(REGIONS),
    plan: random.pick(PLANS),
  }));
  const technicians = ids('T', 24).map((id) => ({
    id,
    speed: random.logNormal(1, 0.2),
    fixRate: 0.7 + 0.22 * random.next(),
  }));
  const end = options.now.getTime();
  let left = options.moments;
  for (let index = 0; left > 0; index += 1) {
    const customer = random.pick(customers);
    const start = end - random.next() * DAYS * 24 * HOUR;
    const steps = buildEpisode(random, start, customer.region.load, random.pick(technicians));
    const episode = `BR-${options.seed}-${String(index + 1).padStart(6, '0')}`;
    const values: number[] = [];
    for (const step of steps) {
      const touchpoint = touchpoints.get(step.touchpoint);
      if (step.at > end || left === 0 || !touchpoint) break;
      left -= 1;
      const feedback = giveFeedback(random, step, touchpoint, values);
      yield {
        eventId: `demo-${options.seed}-${episode}-${step.touchpoint}`,
        journey: BROADBAND_REPAIR.key,
        touchpoint: step.touchpoint,
        customer: customer.id,
        episode,
        occurredAt: new Date(Math.round(step.at)).toISOString(),
        measures: step.measures,
        ...(step.employee ? { employee: step.employee } : {}),
        ...feedback,
        attributes: { region: customer.region.name, plan: customer.plan },
      };
    }
  }
}

/** The steps of one repair episode, with measures drawn around the standards. */
function buildEpisode(
  random: TRandom,
  start: number,
  load: number,
  technician: { id: string; speed: number; fixRate: number },
): TStep[] {
  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
  const ack = random.logNormal(12, 0.9);
  const booking = random.logNormal(1.2 * load, 0.6);
  const arrival = Math.max(booking + 0.5, random.logNormal(14 * load * technician.speed, 0.55));
  const fixedAt = start + (arrival + random.logNormal(1.5, 0.4)) * HOUR;
  const isFixedFirst = random.chance(technician.fixRate);
  const steps: TStep[] = [
    {
      touchpoint: 'hotline_report',
      at: start,
      measures: { wait_seconds: Math.round(random.logNormal(25, 0.8)) },
      employee: random.pick(ids('A', 12)),
    },
    { touchpoint: 'repair_acknowledged', at: start + ack * 60_000, measures: { ack_minutes: round(ack) } },
    {
      touchpoint: 'visit_booked',
      at: start + booking * HOUR,
      measures: { booking_hours: round(booking) },
      employee: technician.id,
    },
    {
      touchpoint: 'technician_on_site',
      at: start + arrival * HOUR,
      measures: { arrival_hours: round(arrival), on_time: random.chance(arrival < 24 ? 0.92 : 0.7) ? 1 : 0 },
      employee: technician.id,
    },
    {
      touchpoint: 'fault_fixed',
      at: fixedAt,
      measures: {
        fixed_first_visit: isFixedFirst ? 1 : 0,
        ...(isFixedFirst ? { resolution_hours: round((fixedAt - start) / HOUR) } : {}),
      },
      employee: technician.id,
    },
  ];
  let last = fixedAt;
  if (!isFixedFirst) {
    const again = random.logNormal(10 * load, 0.5);
    last += again * HOUR;
    steps.push({
      touchpoint: 'repeat_visit',
      at: last,
      measures: { arrival_hours: round(again), fixed: random.chance(0.85) ? 1 : 0 },
      employee: technician.id,
    });
  }
  const isLate = arrival > 48 || ack > 120 || !isFixedFirst;
  if (random.chance(isLate ? 0.35 : 0.03)) {
    last += random.logNormal(6, 0.8) * HOUR;
    const measures = {
      response_hours: round(random.logNormal(3, 0.7)),
      resolution_hours: round(random.logNormal(20, 0.6)),
    };
    steps.push({ touchpoint: 'complaint', at: last, measures, employee: random.pick(ids('C', 4)) });
  }
  if (random.chance(0.85)) {
    const callback = random.logNormal(30, 0.35);
    steps.push({
      touchpoint: 'callback',
      at: last + callback * HOUR,
      measures: { callback_hours: round(callback) },
      employee: random.pick(ids('Q', 6)),
    });
  }
  return steps;
}

/** A rating for a share of moments and a comment for some, both following how the moment went. */
function giveFeedback(
  random: TRandom,
  step: TStep,
  touchpoint: TTouchpoint,
  values: number[],
): { rating?: number; comment?: string } {
  const own = experienceOf({ measures: step.measures }, touchpoint).value ?? 0;
  values.push(own);
  const isCallback = step.touchpoint === 'callback';
  // The callback asks about the whole repair: the worst moment weighs as much as the average (peak-end-floor).
  const felt = isCallback
    ? (Math.min(...values) + values.reduce((a, b) => a + b, 0) / values.length) / 2
    : own;
  let rating: number | undefined;
  if (random.chance(isCallback ? 0.6 : 0.12)) {
    rating = Math.min(5, Math.max(1, Math.round(3.4 + 2 * felt + 0.6 * random.normal())));
  }
  const tone = toneOf(rating === undefined ? own : ratingToExperience(rating));
  const wantsToSay = rating === undefined ? tone === 'negative' && random.chance(0.08) : random.chance(0.45);
  return {
    ...(rating === undefined ? {} : { rating }),
    ...(wantsToSay ? { comment: pickComment(random, step.touchpoint, tone) } : {}),
  };
}
