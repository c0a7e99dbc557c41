import type { TSimEpisodeOutcome } from '@mot/core';
import type { TEpisodeOutcomeInput } from '../routes/outcomes/schema.ts';

/**
 * The outcome input of a simulated episode (`simulate`'s `episode_outcome` record): survey answers when it
 * was surveyed (taken as answered when the episode ended), churn always. The event id is derived from the
 * episode, so re-seeding sends the same outcome again and changes nothing.
 */
export function outcomeInputOfSimulated(record: TSimEpisodeOutcome): TEpisodeOutcomeInput {
  return {
    journey: record.journey,
    customer: record.customer,
    episode: record.episode,
    eventId: `outcome-${record.episode}`,
    overall: record.overall,
    nps: record.nps,
    churned: record.churned,
    churnedAt: record.churnedAt,
    surveyedAt: record.surveyed ? record.endedAt : null,
  };
}
