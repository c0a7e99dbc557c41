import { LIMITS, RESERVED_KEYS, findTextProblem, reservedKeyMessage } from '@mot/core';
import { invalidInput } from '../../errors.ts';

/**
 * The `segment.<attr>=<value>` filters of a query string (attributes of the customer, the link or a moment
 * of the episode: `segmentHolds`), by the rules of stored attributes, so a filter can never match what
 * cannot be stored; a bad one is a 400 naming the parameter.
 */
export function segmentOf(url: string): Record<string, string> | undefined {
  const segment: Record<string, string> = {};
  for (const [name, value] of new URL(url).searchParams) {
    if (!name.startsWith('segment.')) continue;
    const attr = name.slice('segment.'.length);
    if (attr.length === 0 || attr.length > LIMITS.maxKeyLength)
      throw invalidInput(`segment attribute names are 1..${LIMITS.maxKeyLength} characters`, ['query', name]);
    if (RESERVED_KEYS.has(attr)) throw invalidInput(reservedKeyMessage(attr), ['query', name]);
    if (findTextProblem(attr) !== undefined || findTextProblem(value) !== undefined)
      throw invalidInput(`${name} contains a NUL character or a lone surrogate`, ['query', name]);
    if (Object.hasOwn(segment, attr)) throw invalidInput(`${name} is given twice`, ['query', name]);
    segment[attr] = value;
  }
  return Object.keys(segment).length > 0 ? segment : undefined;
}
