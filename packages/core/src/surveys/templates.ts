/**
 * Survey templates: ready-made SurveyJS definitions in English and Chinese for the moments mot asks about.
 * Each is bound to the MOT model (`mot` on its questions), so the answers become moments' ratings and
 * episodes' outcomes without a mapping. A template that needs a journey or a touchpoint names it.
 *
 * - post-contact CSAT: a 1-5 rating of the touchpoint just passed, "what could we do better?" when low;
 * - post-repair NPS: the 0-10 recommendation question (Reichheld 2003) and "why?";
 * - episode-end overall: overall satisfaction, a 1-5 rating per touchpoint of the journey, a comment;
 * - CES: the Customer Effort Score 2.0 statement, 1-7 (Dixon, Freeman & Toman 2010);
 * - 5C check of a staff member: commitment, communication, confirmation, collaboration, satisfaction;
 * - KANO: the functional / dysfunctional pair per feature (studies/kano-questionnaire.ts);
 * - SERVQUAL: the 22 items of Parasuraman, Zeithaml & Berry (1988), expectation and perception on 1-7,
 *   in our own wording of each item (the dimensions as `SERVQUAL_DIMENSIONS`), then the importance
 *   allocation (100 points shared among the five dimensions; Zeithaml, Parasuraman & Berry 1990).
 * The KANO and SERVQUAL templates carry a `study` mark (studies/study-survey.ts) that makes them studies.
 */
import { z } from 'zod';
import { ZKey } from '../domain/journey.ts';
import type { TJourney } from '../domain/journey.ts';
import { RECOVERY_CALLBACK_TOUCHPOINT } from '../loop/callback.ts';
import { createKanoQuestionnaire, ZKanoFeature } from '../studies/kano-questionnaire.ts';
import { kanoStudyMarker, servqualImportanceName, servqualQuestionName } from '../studies/study-survey.ts';
import { ZSurveyDefinition } from './definition.ts';
import type { TSurveyBinding, TSurveyDefinition, TSurveyQuestion } from './definition.ts';

/** The templates, in the order a list shows them. */
export const SURVEY_TEMPLATES = [
  'post_contact_csat',
  'post_repair_nps',
  'episode_overall',
  'ces',
  'five_c',
  'kano',
  'servqual',
] as const;
export type TSurveyTemplate = (typeof SURVEY_TEMPLATES)[number];

/** What each template needs besides its name: a touchpoint of a journey, a journey, or KANO features. */
export const SURVEY_TEMPLATE_NEEDS: Readonly<
  Record<TSurveyTemplate, 'touchpoint' | 'journey' | 'features' | null>
> = {
  post_contact_csat: 'touchpoint',
  post_repair_nps: 'touchpoint',
  episode_overall: 'journey',
  ces: null,
  five_c: 'touchpoint',
  kano: 'features',
  servqual: null,
};

/** The input of a template: which one, and the journey, touchpoint or features it needs. */
export const ZSurveyTemplateInput = z.strictObject({
  template: z.enum(SURVEY_TEMPLATES),
  /** The touchpoint a post-contact, post-repair or 5C survey is about (a key of `journey`). */
  touchpoint: ZKey.optional(),
  /** KANO: the features to ask about. */
  features: z.array(ZKanoFeature).min(1).max(60).optional(),
});
export type TSurveyTemplateInput = z.infer<typeof ZSurveyTemplateInput>;

type TText = { default: string; 'zh-cn': string };
const text = (en: string, zh: string): TText => ({ default: en, 'zh-cn': zh });

/** A template asked for without what it needs, or with a touchpoint its journey does not have. */
export class SurveyTemplateError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
    this.name = 'SurveyTemplateError';
  }
}

function touchpointNames(journey: TJourney | undefined, key: string | undefined) {
  if (!journey) throw new SurveyTemplateError('this template needs a journey', ['journey']);
  if (!key) throw new SurveyTemplateError('this template needs a touchpoint of the journey', ['touchpoint']);
  const tp = journey.touchpoints.find((t) => t.key === key);
  if (!tp) {
    const keys = journey.touchpoints.map((t) => t.key).join(', ');
    throw new SurveyTemplateError(`journey "${journey.key}" has no touchpoint "${key}" (${keys})`, [
      'touchpoint',
    ]);
  }
  return { key: tp.key, en: tp.names?.en ?? tp.name, zh: tp.names?.['zh-CN'] ?? tp.name };
}

const stars = (
  name: string,
  title: TText,
  mot: TSurveyBinding | undefined,
  min = 1,
  max = 5,
): TSurveyQuestion => ({
  type: 'rating',
  name,
  title,
  isRequired: true,
  rateMin: min,
  rateMax: max,
  rateType: max - min <= 9 ? 'stars' : 'labels',
  ...(mot ? { mot } : {}),
});

function postContactCsat(journey: TJourney | undefined, touchpoint: string | undefined): TSurveyDefinition {
  const tp = touchpointNames(journey, touchpoint);
  return {
    title: text(`How was your ${tp.en.toLowerCase()}?`, `您对本次${tp.zh}满意吗？`),
    pages: [
      {
        name: 'csat',
        elements: [
          {
            ...stars(
              'csat',
              text(
                `How satisfied are you with the ${tp.en.toLowerCase()}?`,
                `您对本次${tp.zh}的满意程度如何？`,
              ),
              { role: 'touchpoint_rating', touchpoint: tp.key },
            ),
            minRateDescription: text('Very dissatisfied', '非常不满意'),
            maxRateDescription: text('Very satisfied', '非常满意'),
          },
          {
            type: 'comment',
            name: 'improve',
            title: text('What could we have done better?', '我们哪里还可以做得更好？'),
            visibleIf: '{csat} <= 3',
            mot: { role: 'touchpoint_comment', touchpoint: tp.key },
          },
        ],
      },
    ],
  };
}

function postRepairNps(journey: TJourney | undefined, touchpoint: string | undefined): TSurveyDefinition {
  const tp = touchpointNames(journey, touchpoint);
  return {
    title: text('Your repair', '关于您的维修'),
    pages: [
      {
        name: 'nps',
        elements: [
          {
            ...stars(
              'nps',
              text(
                'After this repair, how likely are you to recommend us to a friend or colleague?',
                '经过这次维修，您有多大可能向朋友或同事推荐我们？',
              ),
              { role: 'nps' },
              0,
              10,
            ),
            minRateDescription: text('Not at all likely', '完全不可能'),
            maxRateDescription: text('Extremely likely', '非常可能'),
          },
          {
            type: 'comment',
            name: 'why',
            title: text('What is the main reason for your score?', '您给出这个分数的主要原因是什么？'),
            mot: { role: 'touchpoint_comment', touchpoint: tp.key },
          },
        ],
      },
    ],
  };
}

function episodeOverall(journey: TJourney | undefined): TSurveyDefinition {
  if (!journey) throw new SurveyTemplateError('this template needs a journey', ['journey']);
  const touchpoints = journey.touchpoints.filter((t) => t.key !== RECOVERY_CALLBACK_TOUCHPOINT);
  const journeyEn = journey.names?.en ?? journey.name;
  const journeyZh = journey.names?.['zh-CN'] ?? journey.name;
  return {
    title: text(`Your ${journeyEn.toLowerCase()}`, `关于您的${journeyZh}`),
    pages: [
      {
        name: 'overall',
        elements: [
          {
            ...stars('overall', text('Overall, how satisfied are you?', '总体而言，您满意吗？'), {
              role: 'overall',
            }),
            minRateDescription: text('Very dissatisfied', '非常不满意'),
            maxRateDescription: text('Very satisfied', '非常满意'),
          },
        ],
      },
      {
        name: 'steps',
        title: text('How was each step?', '请为每个环节打分'),
        elements: touchpoints.map((t) =>
          stars(
            `tp_${t.key.replace(/[.{}]/g, '_')}`,
            text(t.names?.en ?? t.name, t.names?.['zh-CN'] ?? t.name),
            { role: 'touchpoint_rating', touchpoint: t.key },
          ),
        ),
      },
      {
        name: 'comment',
        elements: [
          {
            type: 'comment',
            name: 'comment',
            title: text('Anything else you would like to tell us?', '您还有什么想告诉我们的吗？'),
            mot: { role: 'comment' },
          },
        ],
      },
    ],
  };
}

function ces(): TSurveyDefinition {
  return {
    title: text('How easy was it?', '办理是否省心？'),
    pages: [
      {
        name: 'ces',
        elements: [
          {
            ...stars(
              'ces',
              text('The company made it easy for me to handle my issue.', '公司让我轻松地办好了我的事情。'),
              { role: 'ces' },
              1,
              7,
            ),
            rateType: 'labels',
            minRateDescription: text('Strongly disagree', '非常不同意'),
            maxRateDescription: text('Strongly agree', '非常同意'),
          },
          {
            type: 'comment',
            name: 'effort',
            title: text('What made it harder than it should have been?', '哪些地方让您费了不该费的劲？'),
            visibleIf: '{ces} <= 4',
            mot: { role: 'comment' },
          },
        ],
      },
    ],
  };
}

/** The 5C of a service interaction (seed 002): each asked as a yes / no about the staff member. */
const FIVE_C: ReadonlyArray<[string, TText]> = [
  [
    'commitment',
    text(
      'Did they tell you clearly what they would do, and by when?',
      '对方是否明确告诉您会做什么、何时完成？',
    ),
  ],
  [
    'communication',
    text('Did they explain the reason and the next steps politely?', '对方是否礼貌地说明了原因和后续步骤？'),
  ],
  [
    'confirmation',
    text('Did they check that they had understood what you needed?', '对方是否确认理解了您的需求？'),
  ],
  [
    'collaboration',
    text('When others were needed, did they bring them in for you?', '需要其他人协助时，对方是否主动协调？'),
  ],
  [
    'satisfaction',
    text('Did they ask whether you were satisfied before finishing?', '结束前对方是否询问了您是否满意？'),
  ],
];

function fiveC(journey: TJourney | undefined, touchpoint: string | undefined): TSurveyDefinition {
  const tp = touchpointNames(journey, touchpoint);
  return {
    title: text(`The staff at your ${tp.en.toLowerCase()}`, `关于${tp.zh}的服务人员`),
    pages: [
      {
        name: 'five_c',
        elements: [
          ...FIVE_C.map(([name, title]): TSurveyQuestion => ({
            type: 'boolean',
            name,
            title,
            isRequired: true,
            labelTrue: text('Yes', '是'),
            labelFalse: text('No', '否'),
          })),
          stars('rating', text('How would you rate them overall?', '您对这位服务人员的总体评价？'), {
            role: 'touchpoint_rating',
            touchpoint: tp.key,
          }),
        ],
      },
    ],
  };
}

/** SERVQUAL's 22 items in our own wording: [dimension, expectation (en, zh), perception (en, zh)]. */
const SERVQUAL_ITEMS: ReadonlyArray<[string, string, string]> = [
  ['tangibles', 'has up-to-date equipment', '设备先进、不过时'],
  ['tangibles', 'has facilities that are visually appealing', '营业场所的环境美观舒适'],
  ['tangibles', 'has staff who are well dressed and neat', '员工着装得体、整洁'],
  [
    'tangibles',
    'has materials (leaflets, statements) that look good and are clear',
    '宣传资料、账单等材料清晰美观',
  ],
  ['reliability', 'does what it promised by the time it promised', '承诺在某个时间做的事，能按时做到'],
  [
    'reliability',
    'shows a sincere interest in solving a customer’s problem',
    '客户遇到问题时，真心实意帮助解决',
  ],
  ['reliability', 'performs the service right the first time', '第一次就把服务做好'],
  ['reliability', 'provides its services at the time it says it will', '在承诺的时间提供服务'],
  ['reliability', 'keeps its records free of errors', '记录（账单、资料）准确无误'],
  ['responsiveness', 'tells customers exactly when services will be performed', '明确告诉客户服务何时完成'],
  ['responsiveness', 'gives customers prompt service', '员工为客户提供及时的服务'],
  ['responsiveness', 'has staff who are always willing to help', '员工总是乐于帮助客户'],
  ['responsiveness', 'is never too busy to respond to customers’ requests', '员工再忙也会回应客户的请求'],
  ['assurance', 'has staff whose behaviour gives customers confidence', '员工的言行让客户放心'],
  ['assurance', 'makes customers feel safe in their dealings with it', '客户与其打交道时感到安全'],
  ['assurance', 'has staff who are always courteous', '员工始终彬彬有礼'],
  [
    'assurance',
    'has staff with the knowledge to answer customers’ questions',
    '员工有足够的知识回答客户的问题',
  ],
  ['empathy', 'gives customers individual attention', '给予客户个别的关照'],
  ['empathy', 'has opening hours convenient to all its customers', '营业时间方便所有客户'],
  ['empathy', 'has staff who give customers personal attention', '员工给予客户个人化的关心'],
  ['empathy', 'has customers’ best interests at heart', '把客户的利益放在心上'],
  ['empathy', 'has staff who understand customers’ specific needs', '员工了解客户的具体需求'],
];

const SERVQUAL_DIMENSION_NAMES: Readonly<Record<string, TText>> = {
  tangibles: text('Tangibles', '有形性'),
  reliability: text('Reliability', '可靠性'),
  responsiveness: text('Responsiveness', '响应性'),
  assurance: text('Assurance', '保证性'),
  empathy: text('Empathy', '移情性'),
};

const SEVEN_POINTS = Array.from({ length: 7 }, (_, i) => ({
  value: i + 1,
  text: text(String(i + 1), String(i + 1)),
}));

/** The importance allocation's statement of each dimension (Zeithaml, Parasuraman & Berry 1990). */
const SERVQUAL_IMPORTANCE_TEXTS: Readonly<Record<string, TText>> = {
  tangibles: text(
    'The appearance of the facilities, equipment, staff and materials',
    '设施、设备、员工仪表和资料的外观',
  ),
  reliability: text('Doing what was promised, dependably and accurately', '可靠、准确地履行所承诺的服务'),
  responsiveness: text('Willingness to help and prompt service', '乐于帮助客户、提供及时的服务'),
  assurance: text('Staff who know their work, are courteous and inspire trust', '员工专业、有礼，值得信赖'),
  empathy: text('Caring, individual attention to each customer', '关心客户，给予个别的关照'),
};

/** Points of the allocation, in fives (a respondent's total is divided out in the analysis). */
const POINTS = Array.from({ length: 21 }, (_, i) => i * 5);

function servqual(): TSurveyDefinition {
  const dimensions = Object.keys(SERVQUAL_DIMENSION_NAMES);
  const side = (kind: 'e' | 'p') =>
    Object.keys(SERVQUAL_DIMENSION_NAMES).map((dimension) => ({
      type: 'matrix' as const,
      name: servqualQuestionName(kind, dimension),
      title: SERVQUAL_DIMENSION_NAMES[dimension],
      isRequired: true,
      isAllRowRequired: true,
      columns: SEVEN_POINTS,
      rows: SERVQUAL_ITEMS.flatMap(([d, en, zh], i) =>
        d === dimension
          ? [
              {
                value: `${kind}${i + 1}`,
                text:
                  kind === 'e'
                    ? text(`An excellent company ${en}.`, `卓越的服务企业应当：${zh}。`)
                    : text(`This company ${en}.`, `本公司：${zh}。`),
              },
            ]
          : [],
      ),
    }));
  return {
    title: text('Service quality survey', '服务质量调查'),
    description: text(
      'For each statement, 1 means strongly disagree and 7 strongly agree.',
      '请对每一项陈述打分：1 表示非常不同意，7 表示非常同意。',
    ),
    pages: [
      {
        name: 'expectations',
        title: text('What you expect of an excellent company', '您对卓越服务企业的期望'),
        elements: side('e'),
      },
      {
        name: 'perceptions',
        title: text('What you found at this company', '您对本公司的实际感受'),
        elements: side('p'),
      },
      {
        name: 'importance',
        title: text('How important is each of these to you?', '以下各方面对您有多重要？'),
        description: text(
          'Share 100 points among the five, giving more points to what matters more to you.',
          '请把 100 分分配给以下五个方面，越重要的给分越多。',
        ),
        elements: dimensions.map((dimension, i) => ({
          type: 'dropdown' as const,
          name: servqualImportanceName(dimension),
          title: SERVQUAL_IMPORTANCE_TEXTS[dimension] ?? text(dimension, dimension),
          isRequired: true,
          choices: POINTS,
          ...(i === dimensions.length - 1
            ? {
                validators: [
                  {
                    type: 'expression',
                    expression: `${dimensions.map((d) => `{${servqualImportanceName(d)}}`).join(' + ')} = 100`,
                    text: text('The points must add up to 100.', '各项分数之和应为 100。'),
                  },
                ],
              }
            : {}),
        })),
      },
    ],
    study: { kind: 'servqual', scale: { min: 1, max: 7 }, importance: true },
  };
}

/**
 * A template's definition, validated like any definition (so a template can never be one the builder
 * would refuse). Throws SurveyTemplateError naming the missing or wrong input.
 */
export function buildSurveyTemplate(input: TSurveyTemplateInput, journey?: TJourney): TSurveyDefinition {
  const definition = ((): unknown => {
    switch (input.template) {
      case 'post_contact_csat':
        return postContactCsat(journey, input.touchpoint);
      case 'post_repair_nps':
        return postRepairNps(journey, input.touchpoint);
      case 'episode_overall':
        return episodeOverall(journey);
      case 'ces':
        return ces();
      case 'five_c':
        return fiveC(journey, input.touchpoint);
      case 'kano':
        if (!input.features)
          throw new SurveyTemplateError('a KANO questionnaire needs its features', ['features']);
        return {
          ...createKanoQuestionnaire({ features: input.features }),
          study: kanoStudyMarker(input.features),
        };
      case 'servqual':
        return servqual();
    }
  })();
  return ZSurveyDefinition.parse(definition);
}
