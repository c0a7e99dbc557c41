import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { DEFAULT_OUTCOME, simulate } from '../simulator/index.ts';
import type { TSimEpisodeOutcome } from '../simulator/index.ts';
import { churnAvoided, fitChurnCox, survivalByExposure } from './index.ts';
import type { TChurnSubject } from './index.ts';

const DAY_MS = 86_400_000;
const START = '2026-01-01T00:00:00Z';
const END_MS = Date.parse(START) + 365 * DAY_MS;

/**
 * Churn subjects built the way the simulator plants churn (simulator/customer.ts, truth.ts): after each
 * episode the customer is at risk with a constant daily hazard base · exp(perBreach · breaches +
 * perPointBelow · max(0, reference − latent)) until their next episode starts (or the simulated year ends),
 * when a new spell begins with that episode's own breaches. So one subject per episode (a gap-time spell):
 * duration from the episode's end to churn, or to the next episode's start / the end of the year (censored);
 * covariates the episode's breaches and its points below the reference. Spells of one customer are
 * independent given their covariates (no frailty is planted), so the Cox model of these spells is the
 * planted model and its breach coefficient estimates perBreach.
 */
function plantedSpells(seed: number, customers: number): TChurnSubject[] {
  const pack = getPack('property-management') as TPack;
  const byCustomer = new Map<string, TSimEpisodeOutcome[]>();
  for (const r of simulate(pack, { seed, customers, start: START, episodesPerCustomer: 3, surveyShare: 0 })) {
    if (r.kind !== 'episode_outcome') continue;
    const list = byCustomer.get(r.customer) ?? [];
    list.push(r);
    byCustomer.set(r.customer, list);
  }
  const reference = DEFAULT_OUTCOME.churn.reference;
  const spells: TChurnSubject[] = [];
  for (const episodes of byCustomer.values()) {
    episodes.forEach((e, k) => {
      const ended = Date.parse(e.endedAt);
      const next = episodes[k + 1];
      const until =
        e.churnedAt !== null ? Date.parse(e.churnedAt) : next ? Date.parse(next.startedAt) : END_MS;
      const durationDays = (until - ended) / DAY_MS;
      // Overlapping episodes leave no time at risk between them.
      if (!(durationDays > 0)) return;
      spells.push({
        id: e.episode,
        durationDays,
        churned: e.churned,
        covariates: { breaches: e.breaches, pointsBelow: Math.max(0, reference - e.latentOverall) },
      });
    });
  }
  return spells;
}

describe('the planted breach hazard ratio is recovered from simulated churn', () => {
  const spells = plantedSpells(17, 4000);
  const fit = fitChurnCox(spells, ['breaches', 'pointsBelow']);
  const planted = Math.exp(DEFAULT_OUTCOME.churn.perBreach);

  test(`exp(perBreach) = ${planted.toFixed(2)} lies in the Cox interval`, () => {
    const breaches = fit.covariates.find((c) => c.key === 'breaches');
    assert.ok(breaches);
    assert.ok(fit.events > 300, `${fit.events} churn events`);
    assert.ok(
      breaches.lower < planted && planted < breaches.upper,
      `HR ${breaches.hazardRatio} (${breaches.lower} to ${breaches.upper}) vs planted ${planted}`,
    );
    const below = fit.covariates.find((c) => c.key === 'pointsBelow');
    const plantedBelow = Math.exp(DEFAULT_OUTCOME.churn.perPointBelow);
    assert.ok(below && below.lower < plantedBelow && plantedBelow < below.upper, `${JSON.stringify(below)}`);
  });

  test('customers after a breach churn sooner: the log-rank test sees it', () => {
    const result = survivalByExposure(spells, (s) => (s.covariates['breaches'] ?? 0) > 0);
    assert.ok((result.logRank?.p ?? 1) < 1e-6);
    const [unexposed, exposed] = result.curves;
    assert.ok(unexposed && exposed && exposed.events / exposed.n > unexposed.events / unexposed.n);
  });

  test('churn avoided if breaches stopped: positive, with an interval around it', () => {
    const avoided = churnAvoided(fit, spells, { covariate: 'breaches', horizonDays: 90, draws: 200 });
    assert.ok(avoided.avoided.lower > 0 && avoided.avoided.lower < avoided.avoided.estimate);
    assert.ok(
      avoided.avoided.estimate < avoided.avoided.upper && avoided.avoided.upper < avoided.expectedChurn,
    );
  });
});
