/** Names of the surveys pages' codes: templates, states, question types, bindings, operators, presets. */
import type { TFunction } from 'i18next';
import type { TTone } from '../../components/tone-tag/ToneTag.tsx';
import type { TTemplateName, TSurveyStatus } from './api.ts';
import type { TOperator } from './conditions.ts';
import type { TBindingRole, TQuestionType, TRatingPreset } from './definition-model.ts';

/** A template's name. */
export function templateLabel(template: TTemplateName, t: TFunction): string {
  const labels: Record<TTemplateName, string> = {
    post_contact_csat: t('Post-contact CSAT'),
    post_repair_nps: t('Post-repair NPS with why'),
    episode_overall: t('Episode end: overall and each step'),
    ces: t('Customer effort (CES)'),
    five_c: t('5C check of the staff member'),
    kano: t('KANO questionnaire'),
    servqual: t('SERVQUAL (22 items)'),
  };
  return labels[template];
}

/** A survey's state, and the tone of its tag. */
export function statusLabel(status: TSurveyStatus, t: TFunction): string {
  const labels: Record<TSurveyStatus, string> = {
    draft: t('Draft'),
    active: t('Active'),
    archived: t('Archived'),
  };
  return labels[status];
}
export const statusTone: Record<TSurveyStatus, TTone> = {
  draft: 'none',
  active: 'good',
  archived: 'none',
};

/** A question type's name. */
export function typeLabel(type: TQuestionType, t: TFunction): string {
  const labels: Record<TQuestionType, string> = {
    rating: t('Rating'),
    radiogroup: t('Single choice'),
    checkbox: t('Multiple choice'),
    dropdown: t('Dropdown'),
    text: t('Short text'),
    comment: t('Long text'),
    boolean: t('Yes / no'),
    matrix: t('Matrix'),
    html: t('Text block'),
  };
  return labels[type];
}

/** A binding role's name. */
export function roleLabel(role: TBindingRole, t: TFunction): string {
  const labels: Record<TBindingRole, string> = {
    touchpoint_rating: t('Rating of a touchpoint'),
    touchpoint_comment: t('Comment on a touchpoint'),
    overall: t('Overall satisfaction'),
    nps: t('NPS'),
    churn_intent: t('Churn intent'),
    csat: t('CSAT'),
    ces: t('CES'),
    comment: t('Comment'),
  };
  return labels[role];
}

/** An operator of the condition editor. */
export function operatorLabel(operator: TOperator, t: TFunction): string {
  const labels: Record<TOperator, string> = {
    '=': t('equals'),
    '<>': t('is not'),
    '<': t('is below'),
    '<=': t('is at most'),
    '>': t('is above'),
    '>=': t('is at least'),
    contains: t('includes'),
    notempty: t('is answered'),
  };
  return labels[operator];
}

/** A rating preset's name. */
export function presetLabel(preset: TRatingPreset, t: TFunction): string {
  const labels: Record<TRatingPreset, string> = {
    nps: t('NPS 0-10'),
    csat: t('CSAT 1-5'),
    ces: t('CES 1-7'),
  };
  return labels[preset];
}

/** The question's title in the builder's language, else its name. */
export function questionTitle(q: { name: string; title?: unknown; html?: unknown }, zh: boolean): string {
  const pick = (value: unknown) => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const texts = value as Record<string, string | undefined>;
      return (zh ? texts['zh-cn'] : texts['default']) ?? texts['default'] ?? texts['zh-cn'] ?? '';
    }
    return '';
  };
  const text =
    pick(q.title) ||
    pick(q.html)
      .replace(/<[^>]*>/g, ' ')
      .trim();
  return text || q.name;
}
