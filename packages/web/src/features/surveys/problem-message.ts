/**
 * The definition problems core reports (findSurveyProblems and the schema), in the user's language: the
 * known ones are recognised by their wording and retold; anything else is shown as core wrote it.
 */
import type { TFunction } from 'i18next';

/** A problem message, translated when it is one core makes. */
export function describeSurveyProblem(message: string, t: TFunction): string {
  let match = /^"(.*)" is the name of an earlier question$/.exec(message);
  if (match) return t('"{{name}}" is already the name of an earlier question', { name: match[1] });
  match = /^names no question of this survey: \{(.*)\}$/.exec(message);
  if (match) return t('The condition names no question of this survey: {{name}}', { name: match[1] });
  match = /^question "(.*)" already answers /.exec(message);
  if (match) return t('Question "{{name}}" already gives this answer', { name: match[1] });
  if (message === 'must be greater than rateMin') return t('The highest score must be above the lowest');
  if (/^a ".*" question must be a rating$/.test(message)) return t('This meaning needs a rating question');
  if (/^a ".*" question must be a comment or text$/.test(message))
    return t('This meaning needs a text or long-text question');
  if (message.startsWith('an NPS question is rated 0 to 10')) return t('An NPS question is rated 0 to 10');
  if (message === 'must not contain ".", "{" or "}"') return t('A name holds no ".", "{" or "}"');
  if (/expected string to have >=1 characters/.test(message)) return t('Fill this in');
  return message;
}
