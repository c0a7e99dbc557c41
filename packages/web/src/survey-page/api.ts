/** The public survey API as the page calls it (same origin, no credentials). */
import type { TPageLanguage } from './strings.ts';

/** The survey a link opens. */
export type TPublicSurvey = {
  survey: string;
  name: string;
  version: number;
  language: TPageLanguage;
  definition: Record<string, unknown>;
  partial: Record<string, unknown>;
  expiresAt: string;
};

/** An answer from the API: the body, or the error's code, message and the language it names. */
export type TApiResult<T> =
  | { ok: true; body: T }
  | { ok: false; status: number; code: string; message: string; language?: TPageLanguage };

const base = (token: string) => `/api/public/surveys/${encodeURIComponent(token)}`;

async function request<T>(method: string, url: string, body?: unknown): Promise<TApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'omit',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'network', message: '' };
  }
  const json = (await res.json().catch(() => null)) as
    (T & { error?: { code: string; message: string }; language?: TPageLanguage }) | null;
  if (res.ok && json) return { ok: true, body: json };
  return {
    ok: false,
    status: res.status,
    code: json?.error?.code ?? 'internal',
    message: json?.error?.message ?? '',
    ...(json?.language ? { language: json.language } : {}),
  };
}

export const readSurvey = (token: string) => request<TPublicSurvey>('GET', base(token));
export const savePartial = (token: string, answers: Record<string, unknown>) =>
  request<{ savedAt: string }>('PUT', `${base(token)}/partial`, { answers });
export const submitSurvey = (token: string, answers: Record<string, unknown>) =>
  request<{ answer: string }>('POST', base(token), { answers });
export const unsubscribe = (token: string) =>
  request<{ unsubscribed: true; language: TPageLanguage }>('POST', `${base(token)}/unsubscribe`, {});
