import { and, eq, sql } from 'drizzle-orm';
import type { TDatabase, TOrm } from '../../storage/database.ts';
import { maskSecret, maskUrl } from '../../notify/channels.ts';
import { surveyChannelSettings } from './channels-schema.ts';

/** The kinds of channel that have settings ('link' has none: the company's systems send the URL). */
export const SURVEY_CHANNEL_KINDS = ['sms', 'wechat', 'email', 'phone'] as const;
/** A channel kind with settings. */
export type TSurveyChannelKind = (typeof SURVEY_CHANNEL_KINDS)[number];

/** A text in both languages of the survey pages. */
export type TBilingual = { 'zh-CN': string; en: string };

/** The company's SMS gateway. */
export type TSmsSettings = {
  url: string;
  secret: string;
  /** The sender's signature, without the brackets: rendered 【signature】 at the start of every text. */
  signature: string;
  /** The text, with {survey}, {link} and {expires}. */
  templates: TBilingual;
  /** The unsubscribe wording appended to every text (回T退订). */
  unsubscribe: TBilingual;
  /** The customer attribute holding the mobile number. */
  phoneAttribute: string;
};

/** The company's WeChat template-message gateway. */
export type TWechatSettings = {
  url: string;
  secret: string;
  templateId: string;
  /** Template field -> its value, with {survey}, {link}, {expires} and {unsubscribe}. */
  fields: Record<string, TBilingual>;
  /** The customer attribute holding the WeChat openid. */
  openidAttribute: string;
};

/** E-mail by SMTP. */
export type TEmailSettings = {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  /** The subject, with {survey}. */
  subjects: TBilingual;
  /** The customer attribute holding the e-mail address. */
  emailAttribute: string;
};

/** The phone: a callback task for the agents of a department (any agent when null). */
export type TPhoneSettings = {
  department: string | null;
  /** The customer attribute holding the number the agent calls. */
  phoneAttribute: string;
};

/** A kind's settings. */
export type TSettingsOf = {
  sms: TSmsSettings;
  wechat: TWechatSettings;
  email: TEmailSettings;
  phone: TPhoneSettings;
};

/** Placeholders a template may use. */
export const TEMPLATE_PLACEHOLDERS = ['survey', 'link', 'expires', 'unsubscribe'] as const;

/** What a channel starts with before an administrator changes it (addresses and secrets empty). */
export const DEFAULT_SETTINGS: { [K in TSurveyChannelKind]: TSettingsOf[K] } = {
  sms: {
    url: '',
    secret: '',
    signature: '',
    templates: {
      'zh-CN': '您好，请花一分钟评价“{survey}”：{link} ，{expires}前有效。',
      en: 'Please take a minute to rate "{survey}": {link} (open until {expires}).',
    },
    unsubscribe: { 'zh-CN': '回T退订', en: 'Reply T to unsubscribe' },
    phoneAttribute: 'phone',
  },
  wechat: {
    url: '',
    secret: '',
    templateId: '',
    fields: {
      thing1: { 'zh-CN': '{survey}', en: '{survey}' },
      time2: { 'zh-CN': '{expires}', en: '{expires}' },
    },
    openidAttribute: 'wechat_openid',
  },
  email: {
    host: '',
    port: 587,
    secure: false,
    user: null,
    password: null,
    from: '',
    subjects: { 'zh-CN': '请评价：{survey}', en: 'Your opinion on {survey}' },
    emailAttribute: 'email',
  },
  phone: { department: null, phoneAttribute: 'phone' },
};

/** A channel's settings as the API shows them: secrets masked, URLs' tokens masked. */
export type TChannelSettingsOut = {
  kind: TSurveyChannelKind;
  enabled: boolean;
  /** Whether an administrator saved settings (until then, the defaults and no sending). */
  configured: boolean;
  settings: Record<string, unknown>;
  /** The secret (gateway) or password (SMTP), masked; null when none. */
  secretHint: string | null;
  updatedAt: string | null;
};

const SECRET_FIELDS: Record<TSurveyChannelKind, string | null> = {
  sms: 'secret',
  wechat: 'secret',
  email: 'password',
  phone: null,
};

/** The field of a kind that holds its secret (never answered), or null. */
export const secretFieldOf = (kind: TSurveyChannelKind): string | null => SECRET_FIELDS[kind];

function split(kind: TSurveyChannelKind, settings: Record<string, unknown>) {
  const field = SECRET_FIELDS[kind];
  const config: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(settings)) {
    if (name === field) secrets[name] = value;
    else config[name] = value;
  }
  // The gateway URL may carry a token in its query: kept whole with the secrets, shown masked.
  if (typeof config['url'] === 'string') {
    secrets['url'] = config['url'];
    config['url'] = config['url'] === '' ? '' : maskUrl(config['url']);
  }
  return { config, secrets };
}

function toOut(
  kind: TSurveyChannelKind,
  row: typeof surveyChannelSettings.$inferSelect | undefined,
): TChannelSettingsOut {
  const field = SECRET_FIELDS[kind];
  const { [field ?? '']: _secret, ...defaults } = DEFAULT_SETTINGS[kind] as Record<string, unknown>;
  if (!row)
    return { kind, enabled: false, configured: false, settings: defaults, secretHint: null, updatedAt: null };
  const secret = field ? row.secrets[field] : undefined;
  return {
    kind,
    enabled: row.enabled,
    configured: true,
    settings: { ...defaults, ...row.config },
    secretHint: typeof secret === 'string' && secret.length > 0 ? maskSecret(secret) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every kind's settings of a workspace, as the API shows them (defaults for a kind never saved). */
export async function listChannelSettings(
  db: TDatabase,
  workspaceId: string,
): Promise<TChannelSettingsOut[]> {
  const rows = await db.orm
    .select()
    .from(surveyChannelSettings)
    .where(eq(surveyChannelSettings.workspaceId, workspaceId));
  return SURVEY_CHANNEL_KINDS.map((kind) =>
    toOut(
      kind,
      rows.find((r) => r.kind === kind),
    ),
  );
}

/** One kind's settings in full (secrets included: never answer them), or undefined when never saved. */
export async function readChannelSettings<K extends TSurveyChannelKind>(
  orm: TOrm,
  workspaceId: string,
  kind: K,
): Promise<{ enabled: boolean; settings: TSettingsOf[K]; out: TChannelSettingsOut } | undefined> {
  const [row] = await orm
    .select()
    .from(surveyChannelSettings)
    .where(and(eq(surveyChannelSettings.workspaceId, workspaceId), eq(surveyChannelSettings.kind, kind)));
  if (!row) return undefined;
  const settings = { ...DEFAULT_SETTINGS[kind], ...row.config, ...row.secrets } as TSettingsOf[K];
  return { enabled: row.enabled, settings, out: toOut(kind, row) };
}

/** One kind's settings as the API shows them. */
export async function findChannelSettingsOut(
  orm: TOrm,
  workspaceId: string,
  kind: TSurveyChannelKind,
): Promise<TChannelSettingsOut> {
  return (await readChannelSettings(orm, workspaceId, kind))?.out ?? toOut(kind, undefined);
}

/** Stores a kind's whole settings (the caller merged a secret left out with the stored one). */
export async function writeChannelSettings<K extends TSurveyChannelKind>(
  tx: TOrm,
  workspaceId: string,
  kind: K,
  enabled: boolean,
  settings: TSettingsOf[K],
): Promise<TChannelSettingsOut> {
  const { config, secrets } = split(kind, settings as Record<string, unknown>);
  const [row] = await tx
    .insert(surveyChannelSettings)
    .values({ workspaceId, kind, enabled, config, secrets })
    .onConflictDoUpdate({
      target: [surveyChannelSettings.workspaceId, surveyChannelSettings.kind],
      set: { enabled, config, secrets, updatedAt: sql`now()` },
    })
    .returning();
  return toOut(kind, row);
}
