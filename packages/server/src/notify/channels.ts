import type { TNotificationEvent, TSeverity } from '@mot/core';

/** The kinds of notification channel. */
export const CHANNEL_KINDS = ['webhook', 'wecom', 'dingtalk', 'slack', 'email'] as const;
/** A channel kind. */
export type TChannelKind = (typeof CHANNEL_KINDS)[number];

/** Which notifications a channel receives: its events, optionally only some journeys, departments, severities. */
export type TSubscription = {
  events: TNotificationEvent[];
  /** Journey keys. */
  journeys?: string[] | undefined;
  departments?: string[] | undefined;
  severities?: TSeverity[] | undefined;
};

/** Everything a channel needs to send, secrets included (stored split into config and secrets). */
export type TChannelTarget =
  | { kind: 'webhook'; url: string; secret: string }
  | { kind: 'wecom'; url: string }
  | { kind: 'dingtalk'; url: string; secret: string }
  | { kind: 'slack'; url: string }
  | {
      kind: 'email';
      host: string;
      port: number;
      secure: boolean;
      user: string | null;
      password: string | null;
      from: string;
      to: string[];
    };

/**
 * Messages a minute a destination accepts; over it, the rest is digested. WeCom and DingTalk robots: 20 a
 * minute (DingTalk then throttles for 10 minutes). Slack's incoming webhooks: one a second on average with
 * short bursts (api.slack.com/docs/rate-limits), so 60 a minute; a 429 in a burst is retried after its
 * Retry-After like any 429.
 */
export const RATE_LIMITS: Partial<Record<TChannelKind, number>> = { wecom: 20, dingtalk: 20, slack: 60 };

/** A notification as enqueued: both languages, rendered at delivery in the workspace's language. */
export type TNotification = {
  workspaceId: string;
  event: TNotificationEvent;
  key: string;
  title: { 'zh-CN': string; en: string };
  lines: Array<{ 'zh-CN': string; en: string }>;
  path?: string | undefined;
  severity?: TSeverity | undefined;
  data: Record<string, unknown>;
};

/**
 * Whether a notification is for a channel with this subscription; `journey` is the key of the journey the
 * notification is about (`data.journey`, or looked up from `data.journeyId`), null when none.
 */
export function subscriptionMatches(
  s: TSubscription,
  n: Omit<TNotification, 'workspaceId'>,
  journey: string | null,
): boolean {
  if (!s.events.includes(n.event)) return false;
  if (s.journeys && s.journeys.length > 0) {
    if (journey === null || !s.journeys.includes(journey)) return false;
  }
  if (s.departments && s.departments.length > 0) {
    const department = n.data['department'];
    if (typeof department !== 'string' || !s.departments.includes(department)) return false;
  }
  if (s.severities && s.severities.length > 0) {
    if (!n.severity || !s.severities.includes(n.severity)) return false;
  }
  return true;
}

/** Splits a target into what the API may show and what it never shows again. */
export function splitTarget(target: TChannelTarget): {
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
} {
  switch (target.kind) {
    case 'webhook':
      return { config: { url: maskUrl(target.url) }, secrets: { url: target.url, secret: target.secret } };
    case 'wecom':
    case 'slack':
      return { config: { url: maskUrl(target.url) }, secrets: { url: target.url } };
    case 'dingtalk':
      return { config: { url: maskUrl(target.url) }, secrets: { url: target.url, secret: target.secret } };
    case 'email': {
      const { password, kind: _kind, ...config } = target;
      return { config, secrets: { password } };
    }
  }
}

/** Joins a stored channel's config and secrets back into its target. */
export function joinTarget(
  kind: string,
  config: Record<string, unknown>,
  secrets: Record<string, unknown>,
): TChannelTarget {
  const all = { ...config, ...secrets, kind } as TChannelTarget;
  return all;
}

/** A secret for display: its first and last characters only. */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '****';
  return `${secret.slice(0, 6)}****${secret.slice(-2)}`;
}

/**
 * A robot URL for display: the tokens it carries (query values such as WeCom's `key` or DingTalk's
 * `access_token`, Slack's path after /services/) masked.
 */
export function maskUrl(raw: string): string {
  try {
    const url = new URL(raw);
    for (const [name, value] of url.searchParams) url.searchParams.set(name, maskSecret(value));
    if (url.pathname.startsWith('/services/')) url.pathname = '/services/****';
    return url.toString();
  } catch {
    return '****';
  }
}
