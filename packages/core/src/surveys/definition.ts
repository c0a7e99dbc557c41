/**
 * Survey definitions: SurveyJS JSON (the MIT form library's format; LOOP.md), validated for what mot
 * relies on, and bound to the MOT model by a `mot` property on a question (SurveyJS keeps unknown
 * properties and ignores them when it renders). Other SurveyJS properties pass through untouched.
 *
 * A text is a string or an object by SurveyJS locale (`default` is English, `zh-cn` Simplified Chinese).
 * Question names are unique in the survey and contain no "." or braces (SurveyJS reads `{a.b}` as a path);
 * `visibleIf`, `enableIf` and `requiredIf` may name only questions of the survey.
 */
import { z } from 'zod';
import { ZKey } from '../domain/journey.ts';
import { findTextProblem, storable } from '../domain/storable-text.ts';

/** The SurveyJS locale of each product language. */
export const SURVEY_LOCALE = { en: 'default', 'zh-CN': 'zh-cn' } as const;

const MAX_TEXT = 2_000;
const MAX_EXPRESSION = 500;

/** A SurveyJS localizable text: one string, or one per SurveyJS locale. */
export const ZSurveyText = z.union([
  storable(z.string().max(MAX_TEXT)),
  z.record(
    z.string().regex(/^(default|[a-z]{2}(-[a-z]{2,4})?)$/, 'a SurveyJS locale: default, zh-cn, en, ...'),
    storable(z.string().max(MAX_TEXT)),
  ),
]);
export type TSurveyTextValue = z.infer<typeof ZSurveyText>;

const ZItemValue = z.union([
  storable(z.string().min(1).max(200)),
  z.number().finite(),
  z.looseObject({
    value: z.union([storable(z.string().min(1).max(200)), z.number().finite()]),
    text: ZSurveyText.optional(),
  }),
]);

/**
 * What a question's answer means in the MOT model: a touchpoint's rating (the moment's rating, so its
 * experience value) or comment, the episode's overall satisfaction, NPS or churn intent (its outcome), a
 * CSAT or CES score, or a free comment (scored by the text analytics).
 */
export const ZSurveyBinding = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('touchpoint_rating'), touchpoint: ZKey }),
  z.strictObject({ role: z.literal('touchpoint_comment'), touchpoint: ZKey }),
  z.strictObject({ role: z.literal('overall') }),
  z.strictObject({ role: z.literal('nps') }),
  z.strictObject({ role: z.literal('churn_intent') }),
  z.strictObject({ role: z.literal('csat') }),
  z.strictObject({ role: z.literal('ces') }),
  z.strictObject({ role: z.literal('comment') }),
]);
export type TSurveyBinding = z.infer<typeof ZSurveyBinding>;

/** The question types the builder writes and mot reads. */
export const SURVEY_QUESTION_TYPES = [
  'rating',
  'radiogroup',
  'checkbox',
  'dropdown',
  'boolean',
  'text',
  'comment',
  'matrix',
  'html',
] as const;
export type TSurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];

const ZQuestionName = storable(z.string().min(1).max(100)).refine((name) => !/[.{}]/.test(name), {
  message: 'must not contain ".", "{" or "}"',
});

const base = {
  name: ZQuestionName,
  title: ZSurveyText.optional(),
  description: ZSurveyText.optional(),
  isRequired: z.boolean().optional(),
  visibleIf: storable(z.string().max(MAX_EXPRESSION)).optional(),
  enableIf: storable(z.string().max(MAX_EXPRESSION)).optional(),
  requiredIf: storable(z.string().max(MAX_EXPRESSION)).optional(),
  mot: ZSurveyBinding.optional(),
};

const ZChoices = z.array(ZItemValue).min(1).max(200);

/** One question (SurveyJS element) of a page. */
export const ZSurveyQuestion = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('rating'),
    ...base,
    rateMin: z.number().int().min(-100).max(100).optional(),
    rateMax: z.number().int().min(-100).max(100).optional(),
    rateValues: z.array(ZItemValue).min(2).max(100).optional(),
    minRateDescription: ZSurveyText.optional(),
    maxRateDescription: ZSurveyText.optional(),
  }),
  z.looseObject({ type: z.literal('radiogroup'), ...base, choices: ZChoices }),
  z.looseObject({ type: z.literal('checkbox'), ...base, choices: ZChoices }),
  z.looseObject({ type: z.literal('dropdown'), ...base, choices: ZChoices }),
  z.looseObject({ type: z.literal('boolean'), ...base }),
  z.looseObject({
    type: z.literal('text'),
    ...base,
    maxLength: z.number().int().min(1).max(10_000).optional(),
  }),
  z.looseObject({
    type: z.literal('comment'),
    ...base,
    maxLength: z.number().int().min(1).max(10_000).optional(),
  }),
  z.looseObject({
    type: z.literal('matrix'),
    ...base,
    columns: z.array(ZItemValue).min(1).max(20),
    rows: z.array(ZItemValue).min(1).max(100),
  }),
  z.looseObject({
    type: z.literal('html'),
    name: ZQuestionName,
    html: ZSurveyText,
    visibleIf: base.visibleIf,
  }),
]);
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestion>;

/** A page: SurveyJS shows one at a time (a page break starts a new one). */
export const ZSurveyPage = z.looseObject({
  name: ZQuestionName,
  title: ZSurveyText.optional(),
  visibleIf: base.visibleIf,
  elements: z.array(ZSurveyQuestion).max(200),
});
export type TSurveyPage = z.infer<typeof ZSurveyPage>;

/** The most pages and questions a survey may have (a survey customers finish is far smaller). */
export const SURVEY_LIMITS = { pages: 50, questions: 500 } as const;

/** A survey definition (SurveyJS JSON). */
export const ZSurveyDefinition = z
  .looseObject({
    title: ZSurveyText.optional(),
    description: ZSurveyText.optional(),
    pages: z.array(ZSurveyPage).min(1).max(SURVEY_LIMITS.pages),
  })
  .superRefine((survey, ctx) => {
    for (const problem of findSurveyProblems(survey as TSurveyDefinitionShape)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  });
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;

type TSurveyDefinitionShape = {
  pages: Array<{ visibleIf?: string | undefined; elements: TSurveyQuestion[] }>;
};

/** A problem of a definition that its shape alone does not show, with the path of the field. */
export type TSurveyProblem = { path: (string | number)[]; message: string };

/** The question names an expression refers to: `{nps}`, `{matrix.row}` (the part before the dot). */
export function expressionNames(expression: string): string[] {
  return [...expression.matchAll(/\{([^{}]+)\}/g)].map((m) => (m[1] ?? '').split('.')[0]?.trim() ?? '');
}

/** A question's binding (a text block has none; the schema has checked the others'). */
export function bindingOf(q: TSurveyQuestion): TSurveyBinding | undefined {
  return q.type === 'html' ? undefined : (q as { mot?: TSurveyBinding }).mot;
}

/**
 * Texts a database cannot store (NUL, lone surrogates) anywhere in the definition, the SurveyJS properties
 * mot passes through included, keys as well as values: the first of each is reported with its path.
 */
function findUnstorableText(value: unknown, path: (string | number)[]): TSurveyProblem[] {
  if (typeof value === 'string') {
    return findTextProblem(value)
      ? [{ path, message: 'contains a character that cannot be stored (NUL or a lone surrogate)' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnstorableText(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      findTextProblem(key)
        ? [{ path: [...path, key], message: 'the property name contains a character that cannot be stored' }]
        : findUnstorableText(item, [...path, key]),
    );
  }
  return [];
}

/** Which question types each binding needs, and for NPS its 0-10 scale. */
function bindingProblem(q: TSurveyQuestion): string | undefined {
  const binding = bindingOf(q);
  if (!binding) return undefined;
  const rating = binding.role !== 'comment' && binding.role !== 'touchpoint_comment';
  if (rating && q.type !== 'rating') return `a "${binding.role}" question must be a rating`;
  if (!rating && q.type !== 'comment' && q.type !== 'text')
    return `a "${binding.role}" question must be a comment or text`;
  if (binding.role === 'nps' && q.type === 'rating' && (q.rateMin !== 0 || q.rateMax !== 10)) {
    return 'an NPS question is rated 0 to 10 (rateMin 0, rateMax 10)';
  }
  return undefined;
}

/**
 * What is wrong with a definition beyond its shape: duplicate question names, expressions naming no
 * question, rating bounds, and bindings on the wrong kind of question or bound twice (one NPS, one overall,
 * one rating per touchpoint).
 */
export function findSurveyProblems(survey: TSurveyDefinitionShape): TSurveyProblem[] {
  const problems: TSurveyProblem[] = findUnstorableText(survey, []);
  const names = new Set<string>();
  let count = 0;
  survey.pages.forEach((page, p) =>
    page.elements.forEach((q, i) => {
      count += 1;
      if (names.has(q.name)) {
        problems.push({
          path: ['pages', p, 'elements', i, 'name'],
          message: `"${q.name}" is the name of an earlier question`,
        });
      }
      names.add(q.name);
    }),
  );
  if (count > SURVEY_LIMITS.questions) {
    problems.push({ path: ['pages'], message: `at most ${SURVEY_LIMITS.questions} questions` });
  }
  const bound = new Map<string, string>();
  const checkExpression = (expression: string | undefined, path: (string | number)[]) => {
    if (expression === undefined) return;
    for (const name of expressionNames(expression)) {
      if (!names.has(name)) problems.push({ path, message: `names no question of this survey: {${name}}` });
    }
  };
  survey.pages.forEach((page, p) => {
    checkExpression(page.visibleIf, ['pages', p, 'visibleIf']);
    page.elements.forEach((q, i) => {
      const at = (field: string) => ['pages', p, 'elements', i, field];
      for (const field of ['visibleIf', 'enableIf', 'requiredIf'] as const) {
        checkExpression((q as Record<string, string | undefined>)[field], at(field));
      }
      if (q.type === 'rating' && q.rateValues === undefined) {
        const min = q.rateMin ?? 1;
        const max = q.rateMax ?? 5;
        if (max <= min) problems.push({ path: at('rateMax'), message: 'must be greater than rateMin' });
      }
      if (q.type === 'html' && (q as Record<string, unknown>)['mot'] !== undefined) {
        problems.push({ path: at('mot'), message: 'a text block answers nothing: it cannot be bound' });
      }
      const wrong = bindingProblem(q);
      if (wrong) problems.push({ path: at('mot'), message: wrong });
      const binding = bindingOf(q);
      if (binding) {
        const key =
          binding.role === 'touchpoint_rating' || binding.role === 'touchpoint_comment'
            ? `${binding.role}:${binding.touchpoint}`
            : binding.role;
        const earlier = bound.get(key);
        if (earlier !== undefined && binding.role !== 'comment') {
          problems.push({ path: at('mot'), message: `question "${earlier}" already answers ${key}` });
        }
        bound.set(key, q.name);
      }
    });
  });
  return problems;
}

/** The questions bound to the MOT model, with where they are. */
export function surveyBindings(
  survey: TSurveyDefinition,
): Array<{ name: string; binding: TSurveyBinding; question: TSurveyQuestion }> {
  return survey.pages.flatMap((page) =>
    page.elements.flatMap((q) => {
      const binding = bindingOf(q);
      return binding ? [{ name: q.name, binding, question: q }] : [];
    }),
  );
}

/** The touchpoint keys a survey's bindings name (checked against its journey by the caller). */
export function boundTouchpoints(survey: TSurveyDefinition): string[] {
  const keys = surveyBindings(survey).flatMap(({ binding }) =>
    binding.role === 'touchpoint_rating' || binding.role === 'touchpoint_comment' ? [binding.touchpoint] : [],
  );
  return [...new Set(keys)];
}
