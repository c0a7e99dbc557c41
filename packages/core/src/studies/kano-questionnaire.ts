import { z } from 'zod';
import { ZKey, ZName, ZNames } from '../domain/journey.ts';
import { KANO_ANSWERS, KANO_ANSWER_LABELS } from '../analytics/kano-table.ts';
import type { KanoRespondent } from '../analytics/kano.ts';

/** Most features one KANO questionnaire asks about (each is two questions; respondents tire past ~30). */
export const MAX_KANO_FEATURES = 60;

/** Per-locale text of a question, when the default wording around the feature's name reads badly. */
const ZQuestionTexts = ZNames;

/** One feature of a KANO questionnaire. */
export const ZKanoFeature = z.strictObject({
  /** The question name in the survey and the feature key in the analysis; no "." (SurveyJS paths). */
  key: ZKey.refine((key) => !key.includes('.'), 'must not contain "."'),
  /** The feature as the questions name it ("voice guidance"), used in both languages unless `names` has one. */
  name: ZName,
  names: ZNames.optional(),
  /** Own wording of the functional question ("If the kiosk has voice guidance, how do you feel?"). */
  functional: ZQuestionTexts.optional(),
  /** Own wording of the dysfunctional question ("If it has no voice guidance, how do you feel?"). */
  dysfunctional: ZQuestionTexts.optional(),
});
export type TKanoFeature = z.infer<typeof ZKanoFeature>;

/** What a KANO questionnaire is made from: the features, and how to lay them out. */
export const ZKanoQuestionnaireInput = z.strictObject({
  title: ZNames.optional(),
  features: z
    .array(ZKanoFeature)
    .min(1)
    .max(MAX_KANO_FEATURES)
    .refine((features) => new Set(features.map((f) => f.key)).size === features.length, {
      message: 'feature keys must be unique',
    }),
  /** `matrix`: one matrix per feature (two rows); `radiogroup`: two single-choice questions per feature. */
  layout: z.enum(['matrix', 'radiogroup']).default('matrix'),
});
export type TKanoQuestionnaireInput = z.input<typeof ZKanoQuestionnaireInput>;

/** A SurveyJS localizable string: the default (English) text and the Simplified Chinese one. */
export type TSurveyText = { default: string; 'zh-cn': string };

/** A SurveyJS choice or matrix column / row. */
export type TSurveyItemValue = { value: string | number; text: TSurveyText };

/** The SurveyJS question types the KANO questionnaire uses. */
export type TKanoSurveyQuestion =
  | {
      type: 'matrix';
      name: string;
      title: TSurveyText;
      isRequired: boolean;
      isAllRowRequired: boolean;
      columns: TSurveyItemValue[];
      rows: TSurveyItemValue[];
    }
  | {
      type: 'radiogroup';
      name: string;
      title: TSurveyText;
      isRequired: boolean;
      choices: TSurveyItemValue[];
    };

/** A SurveyJS survey definition (the subset this generator writes). */
export type TKanoSurvey = {
  title: TSurveyText;
  description: TSurveyText;
  pages: { name: string; elements: TKanoSurveyQuestion[] }[];
};

const SIDES = ['functional', 'dysfunctional'] as const;
type TSide = (typeof SIDES)[number];

/** English answer texts: the wording of Kano et al. (1984) as given by Sauerwein et al. (1996, p. 6). */
const ENGLISH_ANSWERS = [
  'I like it that way',
  'It must be that way',
  'I am neutral',
  'I can live with it that way',
  'I dislike it that way',
];

const DEFAULT_TITLE: TSurveyText = { default: 'Your view of these features', 'zh-cn': '您对以下功能的看法' };

const DESCRIPTION: TSurveyText = {
  default:
    'For each feature, tell us how you would feel if it were there, and how you would feel if it were not.',
  'zh-cn': '对于每项功能，请告诉我们：如果有这项功能，您感觉如何；如果没有，您又感觉如何。',
};

function wording(feature: TKanoFeature, side: TSide): TSurveyText {
  const en = feature.names?.en ?? feature.name;
  const zh = feature.names?.['zh-CN'] ?? feature.name;
  const own = feature[side];
  return side === 'functional'
    ? {
        default: own?.en ?? `If ${en} is available, how do you feel?`,
        'zh-cn': own?.['zh-CN'] ?? `如果提供${zh}，您感觉如何？`,
      }
    : {
        default: own?.en ?? `If ${en} is not available, how do you feel?`,
        'zh-cn': own?.['zh-CN'] ?? `如果不提供${zh}，您感觉如何？`,
      };
}

/**
 * The five answers, valued 1..5 in questionnaire order (like, must-be, neutral, live-with, dislike), so
 * the answers read with the analysis's default coding; texts in English and Chinese.
 */
export function kanoAnswerChoices(): TSurveyItemValue[] {
  return KANO_ANSWERS.map((_, i) => ({
    value: i + 1,
    text: { default: ENGLISH_ANSWERS[i] ?? '', 'zh-cn': KANO_ANSWER_LABELS['zh-CN'][i] ?? '' },
  }));
}

/**
 * A KANO questionnaire as SurveyJS JSON (Kano, Seraku, Takahashi & Tsuji 1984; Berger et al. 1993): for
 * each feature the functional question ("if it is there") and the dysfunctional one ("if it is not"), each
 * with the five standard answers, in English (`default`) and Chinese (`zh-cn`). With the `matrix` layout a
 * feature is one matrix question named by its key whose rows are `functional` and `dysfunctional`, so a
 * SurveyJS answer `{ key: { functional: 1, dysfunctional: 5 } }` is already a `KanoRespondent`; with
 * `radiogroup` the questions are `<key>_functional` and `<key>_dysfunctional` (see `readKanoSurveyAnswers`).
 * Throws the zod error (with its path) on bad input.
 */
export function createKanoQuestionnaire(input: TKanoQuestionnaireInput): TKanoSurvey {
  const { title, features, layout } = ZKanoQuestionnaireInput.parse(input);
  const choices = kanoAnswerChoices();
  const elements = features.flatMap((feature): TKanoSurveyQuestion[] => {
    const names = {
      default: feature.names?.en ?? feature.name,
      'zh-cn': feature.names?.['zh-CN'] ?? feature.name,
    };
    if (layout === 'matrix') {
      return [
        {
          type: 'matrix',
          name: feature.key,
          title: names,
          isRequired: true,
          isAllRowRequired: true,
          columns: choices,
          rows: SIDES.map((side) => ({ value: side, text: wording(feature, side) })),
        },
      ];
    }
    return SIDES.map((side) => ({
      type: 'radiogroup',
      name: `${feature.key}_${side}`,
      title: wording(feature, side),
      isRequired: true,
      choices,
    }));
  });
  return {
    title: title
      ? { default: title.en ?? title['zh-CN'] ?? '', 'zh-cn': title['zh-CN'] ?? title.en ?? '' }
      : DEFAULT_TITLE,
    description: DESCRIPTION,
    pages: [{ name: 'kano', elements }],
  };
}

/**
 * Reads one SurveyJS answer record of a questionnaire from `createKanoQuestionnaire` (either layout) into
 * the analysis's respondent shape; an unanswered question stays missing.
 */
export function readKanoSurveyAnswers(
  answers: Readonly<Record<string, unknown>>,
  featureKeys: readonly string[],
): KanoRespondent {
  const scalar = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : undefined);
  return Object.fromEntries(
    featureKeys.map((key) => {
      const matrix = Object.hasOwn(answers, key) ? answers[key] : undefined;
      const row = (side: TSide) =>
        matrix !== null && typeof matrix === 'object'
          ? scalar((matrix as Record<string, unknown>)[side])
          : Object.hasOwn(answers, `${key}_${side}`)
            ? scalar(answers[`${key}_${side}`])
            : undefined;
      return [key, { functional: row('functional'), dysfunctional: row('dysfunctional') }];
    }),
  );
}
