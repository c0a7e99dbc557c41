/**
 * Groups a stream of moments into episodes with bounded memory. Exports are usually sorted by episode or by
 * time; either way an episode's moments are close together in the file. Open episodes are kept in a Map in
 * order of their latest moment; when more than `window` are open, the one idle longest is closed and passed
 * on. A moment whose episode was already closed cannot join it: it is counted as late (the report says how
 * many) and left out. Memory: the open episodes' moments, plus one entry per closed episode key (to tell a
 * late moment from a new episode), so O(episodes) small strings and never all moments.
 */

/** A moment waiting in its episode, with the time that orders it. */
export type TGroupedMoment<T> = { at: number; line: number; moment: T };

/** Default number of episodes kept open at once. */
export const DEFAULT_OPEN_EPISODES = 20_000;

/** Collects moments by episode key and hands each finished episode, in time order, to `onEpisode`. */
export class EpisodeGrouper<T> {
  private readonly open = new Map<string, TGroupedMoment<T>[]>();
  private readonly closed = new Set<string>();
  /** Moments that arrived after their episode had been closed. */
  lateMoments = 0;
  /** Line of the first late moment, for the data-quality note. */
  firstLateLine: number | null = null;

  constructor(
    private readonly onEpisode: (key: string, moments: TGroupedMoment<T>[]) => void,
    private readonly window = DEFAULT_OPEN_EPISODES,
  ) {}

  /** Adds a moment of episode `key`. */
  add(key: string, entry: TGroupedMoment<T>): void {
    let moments = this.open.get(key);
    if (moments) {
      // Re-inserting moves the episode to the end: the Map's order is the order of latest activity.
      this.open.delete(key);
    } else if (this.closed.has(key)) {
      this.lateMoments++;
      this.firstLateLine ??= entry.line;
      return;
    } else moments = [];
    moments.push(entry);
    this.open.set(key, moments);
    // Closing a tenth of the window at once, with one iterator, avoids rescanning the Map's deleted
    // entries from the front on every new episode.
    if (this.open.size > this.window) this.closeOldest(Math.max(1, Math.floor(this.window / 10)));
  }

  /** Closes every open episode; call at the end of the input. */
  finish(): void {
    this.closeOldest(this.open.size);
  }

  private closeOldest(count: number): void {
    const oldest: [string, TGroupedMoment<T>[]][] = [];
    for (const entry of this.open) {
      if (oldest.length >= count) break;
      oldest.push(entry);
    }
    for (const [key, moments] of oldest) {
      this.open.delete(key);
      this.closed.add(key);
      // Stable sort: moments at the same time keep their file order.
      moments.sort((a, b) => a.at - b.at);
      this.onEpisode(key, moments);
    }
  }
}
