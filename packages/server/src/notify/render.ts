import type { TSeverity } from '@mot/core';
import type { TChannelKind, TNotification } from './channels.ts';

/** A language of the messages. */
export type TLanguage = 'zh-CN' | 'en';

/** A message in one language, ready to be shaped for a destination. */
export type TRendered = {
  event: string;
  title: string;
  lines: string[];
  link: string | null;
  severity: TSeverity | null;
  key: string;
  data: Record<string, unknown>;
};

const SEVERITY: Record<TLanguage, Record<TSeverity, string>> = {
  'zh-CN': { low: '低', medium: '中', high: '高', critical: '紧急' },
  en: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
};

const WORDS = {
  'zh-CN': { severity: '级别', open: '查看详情', more: (n: number) => `……另有 ${n} 条` },
  en: { severity: 'Severity', open: 'Open in mot', more: (n: number) => `... and ${n} more` },
} as const;

/** Picks the language of a notification and makes its link absolute. */
export function renderNotification(
  n: TNotification,
  language: TLanguage,
  publicUrl: string | null,
): TRendered {
  return {
    event: n.event,
    title: n.title[language],
    lines: n.lines.map((line) => line[language]),
    link: n.path ? absolute(n.path, publicUrl) : null,
    severity: n.severity ?? null,
    key: n.key,
    data: n.data,
  };
}

function absolute(path: string, publicUrl: string | null): string {
  if (/^https?:\/\//.test(path)) return path;
  if (!publicUrl) return path;
  return `${publicUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The test message of "send test". */
export function testMessage(channelName: string): Omit<TNotification, 'workspaceId'> {
  return {
    event: 'case.created',
    key: 'test',
    title: { 'zh-CN': `mot 测试消息：${channelName}`, en: `mot test message: ${channelName}` },
    lines: [
      {
        'zh-CN': '这是一条测试消息：通知渠道配置正确。',
        en: 'This is a test message: the notification channel works.',
      },
    ],
    data: { test: true },
  };
}

/** One message standing for several that were over the destination's rate limit. */
export function digestMessage(
  members: TRendered[],
  language: TLanguage,
  publicUrl: string | null,
): TRendered {
  const shown = members.slice(0, 30);
  const lines = shown.map((m) => (m.link ? `${m.title} (${m.link})` : m.title));
  if (members.length > shown.length) lines.push(WORDS[language].more(members.length - shown.length));
  const severities = members.map((m) => m.severity).filter((s): s is TSeverity => s !== null);
  const order: TSeverity[] = ['critical', 'high', 'medium', 'low'];
  return {
    event: 'digest',
    title:
      language === 'zh-CN'
        ? `${members.length} 条通知（超出发送频率，合并发送）`
        : `${members.length} notifications (over the rate limit, sent together)`,
    lines,
    link: publicUrl,
    severity: order.find((s) => severities.includes(s)) ?? null,
    key: `digest:${members.map((m) => m.key).join(',')}`.slice(0, 500),
    data: { digest: members.map((m) => ({ event: m.event, key: m.key, title: m.title, link: m.link })) },
  };
}

/** The request body (or e-mail) of a message for a channel kind. */
export function shapeMessage(
  kind: TChannelKind,
  m: TRendered,
  language: TLanguage,
  webhookTimestamp: Date,
): { json?: unknown; subject?: string; text?: string; html?: string } {
  const words = WORDS[language];
  const severity = m.severity ? `${words.severity}: ${SEVERITY[language][m.severity]}` : null;
  switch (kind) {
    case 'webhook':
      return {
        json: {
          type: m.event,
          timestamp: webhookTimestamp.toISOString(),
          data: {
            key: m.key,
            title: m.title,
            lines: m.lines,
            url: m.link,
            severity: m.severity,
            language,
            details: m.data,
          },
        },
      };
    case 'wecom': {
      const colour = m.severity === 'critical' || m.severity === 'high' ? 'warning' : 'comment';
      const parts = [`## <font color="${colour}">${m.title}</font>`];
      if (severity) parts.push(`> ${severity}`);
      for (const line of m.lines) parts.push(`> ${line}`);
      if (m.link) parts.push(`[${words.open}](${m.link})`);
      return { json: { msgtype: 'markdown', markdown: { content: truncateBytes(parts.join('\n'), 4000) } } };
    }
    case 'dingtalk': {
      const parts = [`### ${m.title}`];
      if (severity) parts.push(`**${severity}**`);
      for (const line of m.lines) parts.push(`- ${line}`);
      if (m.link) parts.push(`[${words.open}](${m.link})`);
      return {
        json: {
          msgtype: 'markdown',
          markdown: { title: m.title.slice(0, 64), text: truncateBytes(parts.join('\n\n'), 18_000) },
        },
      };
    }
    case 'slack': {
      const blocks: unknown[] = [
        { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150), emoji: true } },
      ];
      const body = [...(severity ? [`*${severity}*`] : []), ...m.lines].join('\n');
      if (body) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: body.slice(0, 3000) } });
      if (m.link) {
        blocks.push({
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: words.open }, url: m.link }],
        });
      }
      return { json: { text: m.title, blocks } };
    }
    case 'email': {
      const text = [
        m.title,
        '',
        ...(severity ? [severity] : []),
        ...m.lines,
        ...(m.link ? ['', m.link] : []),
      ];
      const html = [
        `<h2>${escapeHtml(m.title)}</h2>`,
        ...(severity ? [`<p><strong>${escapeHtml(severity)}</strong></p>`] : []),
        ...m.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
        ...(m.link ? [`<p><a href="${escapeHtml(m.link)}">${escapeHtml(words.open)}</a></p>`] : []),
      ].join('\n');
      return { subject: `[mot] ${m.title}`, text: text.join('\n'), html };
    }
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Cuts a text to at most `max` UTF-8 bytes, on a character boundary. */
function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = text;
  while (Buffer.byteLength(out) > max - 3) out = out.slice(0, Math.floor(out.length * 0.9));
  return `${out}...`;
}
