import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import { linkConditions } from './results-filter.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';

/** Links minted and answered, per channel. */
export type TChannelCounts = { channel: string; links: number; answered: number };

/**
 * Per channel, the links minted (in the period, for the filter) and how many of them were answered: the
 * response rate's numerator and denominator. An answer counts for its link's channel whatever its time.
 */
export async function countLinksByChannel(
  db: TDatabase,
  survey: TResultsSurvey,
  filter: TResultsFilter,
  workspaceLanguage: TSurveyLanguage,
): Promise<TChannelCounts[]> {
  const rows = await queryRows<{ channel: string; links: number | string; answered: number | string }>(
    db.orm,
    sql`select l.channel, count(*) as links, count(a.id) as answered
          from survey_links l
          left join survey_answers a on a.link_id = l.id
          left join customers c on c.workspace_id = l.workspace_id and c.external_id = l.customer
         where ${linkConditions(survey, filter, workspaceLanguage)}
         group by l.channel
         order by l.channel`,
  );
  return rows.map((r) => ({ channel: r.channel, links: Number(r.links), answered: Number(r.answered) }));
}
