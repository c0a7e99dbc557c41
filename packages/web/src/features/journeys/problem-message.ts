/**
 * The whole-document validation's problems (core's findJourneyProblems and the field schemas) in the
 * user's language. The server reports them in English; the known ones are recognised by their wording and
 * retold, anything else is shown as the server said it.
 */
import type { TFunction } from 'i18next';

/** A problem message, translated when it is one core makes. */
export function describeProblem(message: string, t: TFunction): string {
  let match = /^duplicate (stage|touchpoint|measure) key "(.*)"$/.exec(message);
  if (match) return t('The key "{{key}}" is used twice', { key: match[2] });
  match = /^unknown stage "(.*)"$/.exec(message);
  if (match) return t('There is no stage "{{stage}}"', { stage: match[1] });
  match = /^floor (\S+) is better than target (\S+): for a (lower|higher)-is-better measure/.exec(message);
  if (match)
    return match[3] === 'lower'
      ? t(
          'The floor {{floor}} is better than the standard {{target}}: lower is better, so the floor must be at least the standard',
          { floor: match[1], target: match[2] },
        )
      : t(
          'The floor {{floor}} is better than the standard {{target}}: higher is better, so the floor must be at most the standard',
          { floor: match[1], target: match[2] },
        );
  if (message.startsWith('must be lower-case letters'))
    return t('Lower-case letters, digits, "_", "-" or "."');
  if (/expected number, received (undefined|null)/i.test(message)) return t('Enter a number');
  return message;
}
