import { z } from '@hono/zod-openapi';
import { SURVEY_CHANNEL_KINDS, TEMPLATE_PLACEHOLDERS } from '../../invitations/channels/settings.ts';
import { unknownPlaceholders } from '../../invitations/channels/render.ts';
import { ZAnswersBody, ZPublicSurvey, ZSubmitted } from '../survey-answers/schema.ts';
import { ZStorableText } from '../shared-schema.ts';
import { SMTP_SERVER } from '../notification-channels/schema.ts';

const ZHttpUrl = z
  .string()
  .max(2000)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

/** A template with only the placeholders mot fills. */
const template = (max: number, allowed: readonly string[]) =>
  ZStorableText.min(1)
    .max(max)
    .superRefine((text, ctx) => {
      const unknown = unknownPlaceholders(text, allowed);
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown placeholder {${unknown[0]}}; use ${allowed.map((p) => `{${p}}`).join(', ')}`,
        });
      }
    });

const bilingual = (max: number, allowed: readonly string[]) =>
  z.object({ 'zh-CN': template(max, allowed), en: template(max, allowed) });

const ZAttribute = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, 'must be an attribute name (letters, digits, _ . -)');

const SMS_PLACEHOLDERS = ['survey', 'link', 'expires'] as const;

/** The settings of each kind, secrets included (accepted, never answered). */
export const KIND_SETTINGS = {
  sms: z.object({
    url: ZHttpUrl.openapi({ description: 'The SMS gateway: receives a signed POST per invitation' }),
    secret: ZStorableText.min(16)
      .max(200)
      .openapi({ description: 'HMAC-SHA256 key of the signature (at least 16 characters); never answered' }),
    signature: ZStorableText.min(2)
      .max(12)
      .regex(/^[^【】[\]]+$/, 'the signature without brackets: mot writes 【】 around it')
      .openapi({
        description: 'The sender signature (签名), 2-12 characters, shown as 【signature】',
        example: '某某航空',
      }),
    templates: bilingual(300, SMS_PLACEHOLDERS).openapi({
      description: 'The text in each language, with {survey}, {link} and {expires}',
    }),
    unsubscribe: z
      .object({ 'zh-CN': ZStorableText.min(1).max(40), en: ZStorableText.min(1).max(60) })
      .openapi({ description: 'The unsubscribe wording appended to each text (回T退订)' }),
    phoneAttribute: ZAttribute.default('phone'),
  }),
  wechat: z.object({
    url: ZHttpUrl.openapi({ description: 'The WeChat template-message gateway' }),
    secret: ZStorableText.min(16).max(200).openapi({ description: 'HMAC-SHA256 key; never answered' }),
    templateId: ZStorableText.min(1)
      .max(100)
      .openapi({ description: 'The template id of the official account' }),
    fields: z
      .record(
        z
          .string()
          .min(1)
          .max(40)
          .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a template field name'),
        bilingual(200, TEMPLATE_PLACEHOLDERS),
      )
      .refine((f) => Object.keys(f).length >= 1 && Object.keys(f).length <= 20, '1 to 20 fields')
      .openapi({
        description:
          'Template field -> its text in each language, with {survey}, {link}, {expires}, {unsubscribe}',
      }),
    openidAttribute: ZAttribute.default('wechat_openid'),
  }),
  email: z.object({
    ...SMTP_SERVER,
    subjects: bilingual(200, ['survey']).openapi({
      description: 'The subject in each language, with {survey}',
    }),
    emailAttribute: ZAttribute.default('email'),
  }),
  phone: z.object({
    department: ZStorableText.min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: 'The department whose agents get the callback tasks; null: any agent' }),
    phoneAttribute: ZAttribute.default('phone'),
  }),
} as const;

/** Path of one kind. */
export const ZKindParams = z.object({ kind: z.enum(SURVEY_CHANNEL_KINDS) });

/** Path of a kind that has a test message. */
export const ZTestKindParams = z.object({
  kind: z.enum(['sms', 'wechat', 'email']).openapi({ description: 'The phone channel has no test message' }),
});

/** The body of PUT: the kind's settings; a secret (or SMTP password) left out keeps the stored one. */
export const ZPutSettings = z
  .object({ enabled: z.boolean().default(true) })
  .catchall(z.unknown())
  .openapi('SurveyChannelSettingsChange', {
    description:
      'The settings of the kind in the path (see docs/survey-channels.md) and `enabled`. `secret` / `password` ' +
      'left out keep the stored value; a `url` equal to its masked form keeps the stored URL.',
  });

/** A kind's settings as the API shows them. */
export const ZChannelSettings = z
  .object({
    kind: z.enum(SURVEY_CHANNEL_KINDS),
    enabled: z.boolean(),
    configured: z.boolean().openapi({ description: 'False until an administrator saved settings' }),
    settings: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The settings, URL tokens masked; secrets and passwords never shown' }),
    secretHint: z.string().nullable().openapi({ description: 'The first and last characters of the secret' }),
    updatedAt: z.string().nullable(),
  })
  .openapi('SurveyChannelSettings');

/** The body of a test. */
export const ZTestBody = z
  .object({
    address: ZStorableText.min(1)
      .max(300)
      .openapi({ description: 'A mobile number (SMS), an openid (WeChat) or an e-mail address' }),
    language: z
      .enum(['zh-CN', 'en'])
      .optional()
      .openapi({ description: "Default: the workspace's language" }),
  })
  .openapi('SurveyChannelTest');

/** What a send came to. */
export const ZSendOutcome = z
  .object({
    status: z.enum(['sent', 'failed', 'not_sendable']),
    retry: z.boolean(),
    detail: z.string(),
    response: z.unknown().optional(),
    deliveryId: z.number().int().nullable(),
  })
  .openapi('SurveyChannelSendOutcome');

/** Query of the delivery log. */
export const ZDeliveryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
  before: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ description: 'The `next` of the previous page: deliveries older than this id' }),
  kind: z.enum(SURVEY_CHANNEL_KINDS).optional(),
});

/** One delivery. */
export const ZChannelDelivery = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    invitationId: z.string().nullable(),
    customer: z.string().nullable(),
    address: z.string().nullable().openapi({ description: 'Masked' }),
    test: z.boolean(),
    status: z.enum(['sent', 'failed', 'not_sendable']),
    retry: z.boolean(),
    httpStatus: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    detail: z.string(),
    response: z
      .string()
      .nullable()
      .openapi({ description: "The receiver's answer, its first 1,000 characters" }),
    at: z.string(),
  })
  .openapi('SurveyChannelDelivery');

/** A page of the log. */
export const ZDeliveryPage = z
  .object({ deliveries: z.array(ZChannelDelivery), next: z.number().int().nullable() })
  .openapi('SurveyChannelDeliveryPage');

/** Path of a callback. */
export const ZPhoneParams = z.object({
  callback: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The survey of a callback planned by the phone channel. */
export const ZPhoneSurvey = z
  .object({
    callback: z.number().int(),
    survey: z.string(),
    language: z.string(),
    answer: z.string().nullable(),
    form: ZPublicSurvey.nullable(),
    closed: z.enum(['answered', 'expired']).nullable(),
  })
  .openapi('PhoneSurvey');

export { ZAnswersBody, ZSubmitted };
