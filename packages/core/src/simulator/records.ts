import type { TLocale } from '../domain/journey.ts';
import type { TAttributes, TMomentInput } from '../domain/moment.ts';

/** A simulated customer, emitted before their first moment. */
export type TSimCustomer = {
  kind: 'customer';
  customer: { externalId: string; attributes: TAttributes };
  locale: TLocale;
};

/** A simulated moment: a valid ZMomentInput plus what was planted behind it. */
export type TSimMoment = {
  kind: 'moment';
  moment: TMomentInput;
  /**
   * The core rule's experience of the measures (experienceOf without rating or comment); for a touchpoint
   * with no standard to judge by, a planted draw around +0.25.
   */
  experience: number;
  /** How the customer felt, which drives the rating and the comment's tone. */
  perceived: number;
  /** Tolerance-floor breaches of the measures (findBreaches). */
  breaches: number;
};

/** The outcome of an episode: survey answers (when surveyed) and whether the customer churned after it. */
export type TSimEpisodeOutcome = {
  kind: 'episode_outcome';
  journey: string;
  customer: string;
  episode: string;
  startedAt: string;
  endedAt: string;
  moments: number;
  breaches: number;
  /** The planted overall satisfaction before rounding (1..10 scale, noise included). */
  latentOverall: number;
  surveyed: boolean;
  /** Overall satisfaction 1..10, when surveyed. */
  overall: number | null;
  /** Likelihood to recommend 0..10, when surveyed. */
  nps: number | null;
  churned: boolean;
  churnedAt: string | null;
};

/** Any record the simulator emits, in order: a customer, then per episode its moments and its outcome. */
export type TSimRecord = TSimCustomer | TSimMoment | TSimEpisodeOutcome;
