/**
 * The problems the server finds in a distribution rule (core's rule schema and the references it checks),
 * in the user's language: the known ones are recognised by their wording and retold, anything else is shown
 * as the server said it.
 */
import type { TFunction } from 'i18next';

/** A rule problem's message, translated when it is one the server makes. */
export function describeRuleProblem(message: string, t: TFunction): string {
  if (message === 'min must not exceed max') return t('The upper end must not be below the lower end');
  if (message.startsWith('`eq` and `ne` take exactly one value'))
    return t('“Is” and “is not” take exactly one value');
  if (message.startsWith('name at least one value')) return t('Name at least one value');
  let match = /^no survey "(.*)" in this workspace$/.exec(message);
  if (match) return t('There is no survey "{{key}}"', { key: match[1] });
  match = /^no journey "(.*)" in this workspace$/.exec(message);
  if (match) return t('There is no journey "{{key}}"', { key: match[1] });
  match = /^no touchpoint "(.*)" in journey/.exec(message);
  if (match) return t('There is no touchpoint "{{key}}" in this journey', { key: match[1] });
  if (/^distribution rule ".*" already exists$/.test(message))
    return t('A rule with this key already exists');
  if (/expected string to have >=1 characters/.test(message)) return t('Fill this in');
  return message;
}
