/** A rule's conditions judged on one trigger: its segment attributes and the moment's experience value. */
import type { TAttributeCondition, TRuleConditions } from './rule.ts';

function holds(condition: TAttributeCondition, attributes: Readonly<Record<string, unknown>>): boolean {
  const value = attributes[condition.attribute];
  const present = value !== undefined && value !== null && value !== '';
  // Attribute values compare as text, so 3 and "3" are the same segment.
  const among = () => present && condition.values.some((v) => String(v) === String(value));
  switch (condition.op) {
    case 'exists':
      return present;
    case 'eq':
    case 'in':
      return among();
    case 'ne':
    case 'not_in':
      return !among();
  }
}

/**
 * Whether the conditions hold: every attribute condition on the trigger's attributes, and the experience
 * value within range when the rule names one (a trigger without an experience value then fails).
 */
export function conditionsHold(
  conditions: TRuleConditions,
  attributes: Readonly<Record<string, unknown>>,
  experience: number | null | undefined,
): boolean {
  if (!conditions.attributes.every((c) => holds(c, attributes))) return false;
  const range = conditions.experience;
  if (!range) return true;
  if (experience === null || experience === undefined || !Number.isFinite(experience)) return false;
  return (
    (range.min === undefined || experience >= range.min) &&
    (range.max === undefined || experience <= range.max)
  );
}
