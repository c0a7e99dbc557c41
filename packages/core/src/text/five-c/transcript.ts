import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';

/** Who speaks a turn of an interaction. */
export const ZSpeaker = z.enum(['agent', 'customer']);
export type TSpeaker = z.infer<typeof ZSpeaker>;

/** An interaction transcript (call, chat, visit note) as turns. */
export const ZTranscript = z.object({
  turns: z
    .array(z.object({ speaker: ZSpeaker, text: z.string().max(LIMITS.maxCommentLength) }))
    .min(1)
    .max(2_000),
});
export type TTranscript = z.infer<typeof ZTranscript>;

const AGENT =
  /^\s*(客服|坐席|工程师|师傅|维修员|管家|agent|rep|staff|technician|engineer|advisor)\s*[:：]\s*/i;
const CUSTOMER = /^\s*(客户|用户|顾客|业主|customer|caller|client|user|owner)\s*[:：]\s*/i;

/**
 * Reads a plain-text transcript where each turn starts with a speaker label ("客服：", "Customer:").
 * A line without a label continues the previous turn; a note with no labels at all is one agent turn
 * (visit notes are written by the agent).
 */
export function parseTranscript(text: string): TTranscript {
  const turns: TTranscript['turns'] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const agent = AGENT.exec(line);
    const customer = agent ? null : CUSTOMER.exec(line);
    const last = turns[turns.length - 1];
    if (agent) turns.push({ speaker: 'agent', text: line.slice(agent[0].length).trim() });
    else if (customer) turns.push({ speaker: 'customer', text: line.slice(customer[0].length).trim() });
    else if (last) last.text = `${last.text} ${line.trim()}`;
    else turns.push({ speaker: 'agent', text: line.trim() });
  }
  return { turns };
}
