import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TPublicCounting } from '../../access/rate-limit.ts';
import type { TApp } from '../../app.ts';
import type { TDatabase } from '../../storage/database.ts';
import {
  countAndReadLink,
  keepPartialAnswers,
  readPublicSurvey,
  submitAnswers,
  unsubscribe,
} from '../../survey-answers/answers.ts';
import { hashToken, mintLinks } from '../../survey-answers/links.ts';
import { createQrLink, listQrLinks, scanQrLink, updateQrLink } from '../../survey-answers/qr-links.ts';
import { MotError } from '../../errors.ts';
import { errorResponses, jsonBody, jsonResponse, ZErrorBody } from '../shared-schema.ts';
import {
  ZAnswersBody,
  ZLinkBatch,
  ZLinkReport,
  ZPartialSaved,
  ZPublicSurvey,
  ZQrLink,
  ZQrLinkChange,
  ZQrLinkInput,
  ZQrLinkList,
  ZQrLinkParams,
  ZQrTokenParams,
  ZSubmitted,
  ZTokenParams,
  ZUnsubscribed,
} from './schema.ts';
import { ZSurveyParams } from '../surveys/schema.ts';

const tags = ['surveys'];

/** Requests a minute to one link (the general per-address limit applies too). */
export const REQUESTS_PER_LINK_PER_MINUTE = 120;

/** Scans a minute of one QR code (a busy counter stays far below; a script replaying it does not). */
export const SCANS_PER_QR_PER_MINUTE = 300;

/**
 * The public routes' own limits, per link and per QR code, which the request counts in the statement that
 * counts its address (access/authenticate.ts): anyone may call them, so a page stuck saving, or a script
 * replaying one link, is slowed down alone; the per-address limit of every anonymous request still holds.
 * Counted by the token's hash: a path may hold any character, NUL included, which no key may. A survey
 * link's request is counted by the statement that also reads its link (countAndReadLink), which the route
 * then uses.
 */
export function publicLinkCounting(db: TDatabase): (path: string) => TPublicCounting {
  return (path) => {
    const match = /^\/api\/public\/(surveys|qr)\/([^/]*)/.exec(path);
    if (!match) return { counters: [] };
    let token = match[2] ?? '';
    try {
      token = decodeURIComponent(token);
    } catch {
      // Not percent-encoding: the segment as it came.
    }
    const tokenHash = hashToken(token);
    const hash = tokenHash.slice(0, 32);
    if (match[1] === 'qr') {
      return {
        counters: [{ key: `survey-qr:${hash}`, max: SCANS_PER_QR_PER_MINUTE, per: 'for one QR code' }],
      };
    }
    return {
      counters: [
        { key: `survey-link:${hash}`, max: REQUESTS_PER_LINK_PER_MINUTE, per: 'for one survey link' },
      ],
      count: (c, counters) => countAndReadLink(db, c, tokenHash, counters),
    };
  };
}

const errorContent = { 'application/json': { schema: ZErrorBody } };

const closed = {
  404: { description: 'No such link (`not_found`)', content: errorContent },
  409: {
    description: 'The link was answered already (`already_answered`; `language` says the page’s language)',
    content: errorContent,
  },
  410: {
    description: 'The link expired or its survey closed (`link_expired`; with `language`)',
    content: errorContent,
  },
};

const links = createRoute({
  method: 'post',
  path: '/api/surveys/{key}/links',
  tags,
  // The company's systems send the links (SMS, WeChat, their own apps) with the key they send moments
  // with: minting needs what sending moments needs, not the right to edit surveys.
  ...secured('moments:write'),
  summary:
    'Mint single-use survey links for a batch of customers (the survey must be active); a customer who unsubscribed is refused alone',
  request: { params: ZSurveyParams, body: jsonBody(ZLinkBatch) },
  responses: {
    200: jsonResponse(ZLinkReport, 'A link per customer, or why not'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: { description: 'The survey is not active (`invalid_transition`)', content: errorContent },
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/public/surveys/{token}',
  tags,
  ...secured('public'),
  summary: 'The survey a link opens: the definition of its version, the language and the answers kept so far',
  request: { params: ZTokenParams },
  responses: { 200: jsonResponse(ZPublicSurvey, 'The survey'), ...closed },
});

const partial = createRoute({
  method: 'put',
  path: '/api/public/surveys/{token}/partial',
  tags,
  ...secured('public'),
  summary: 'Keep the answers given so far (replaces the earlier ones)',
  request: { params: ZTokenParams, body: jsonBody(ZAnswersBody) },
  responses: { 200: jsonResponse(ZPartialSaved, 'Kept'), 400: errorResponses[400], ...closed },
});

const submit = createRoute({
  method: 'post',
  path: '/api/public/surveys/{token}',
  tags,
  ...secured('public'),
  summary:
    'Submit the answers, once: checked against the survey and stored; a background job turns them into moments and the episode’s outcome within a second or so',
  request: { params: ZTokenParams, body: jsonBody(ZAnswersBody) },
  responses: { 201: jsonResponse(ZSubmitted, 'Stored'), 400: errorResponses[400], ...closed },
});

const optOut = createRoute({
  method: 'post',
  path: '/api/public/surveys/{token}/unsubscribe',
  tags,
  ...secured('public'),
  summary: 'Unsubscribe (退订): the customer of the link is never sent another survey by this workspace',
  request: { params: ZTokenParams },
  responses: {
    200: jsonResponse(ZUnsubscribed, 'Unsubscribed'),
    404: closed[404],
  },
});

const qrList = createRoute({
  method: 'get',
  path: '/api/surveys/{key}/qr-links',
  tags,
  ...secured('settings:read'),
  summary: 'The QR links of a survey (a store or counter entry each), the latest first',
  request: { params: ZSurveyParams },
  responses: { 200: jsonResponse(ZQrLinkList, 'The QR links'), 404: errorResponses[404] },
});

const qrCreate = createRoute({
  method: 'post',
  path: '/api/surveys/{key}/qr-links',
  tags,
  ...secured('surveys:manage'),
  summary:
    'Make a QR link for a store or counter: each scan mints a fresh single-use link (channel qr) with its attributes',
  request: { params: ZSurveyParams, body: jsonBody(ZQrLinkInput) },
  responses: {
    201: jsonResponse(ZQrLink, 'Made'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const qrUpdate = createRoute({
  method: 'patch',
  path: '/api/surveys/{key}/qr-links/{id}',
  tags,
  ...secured('surveys:manage'),
  summary: 'Re-label, change the attributes of, or disable (enable) a QR link',
  request: { params: ZQrLinkParams, body: jsonBody(ZQrLinkChange) },
  responses: {
    200: jsonResponse(ZQrLink, 'Changed'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const qrScan = createRoute({
  method: 'get',
  path: '/api/public/qr/{token}',
  tags,
  ...secured('public'),
  summary:
    'A scan of a QR code: mints a single-use link for an anonymous customer and redirects to its survey page',
  request: { params: ZQrTokenParams },
  responses: {
    302: { description: 'To the survey page of the new link (`Location: <base>/s/<token>`)' },
    404: { description: 'No such QR code (`not_found`)', content: errorContent },
    410: {
      description: 'The QR code is disabled or its survey is not active (`link_expired`)',
      content: errorContent,
    },
  },
});

/** What a phone shows for a QR code that opens no survey (a browser asks for HTML, not JSON). */
const QR_CLOSED_TEXT = {
  not_found: '未找到此二维码。\nThis QR code is unknown.',
  link_expired: '此二维码已停用，感谢您的关注。\nThis QR code is no longer in use. Thank you.',
};

/** The address links start with: MOT_PUBLIC_URL, else the address this request came to. */
function publicBase(url: string): string {
  return process.env['MOT_PUBLIC_URL'] || new URL(url).origin;
}

/** Survey links (`/api/surveys/{key}/links`) and the public survey API (`/api/public/surveys/{token}`). */
export function registerSurveyAnswerRoutes(app: TApp, db: TDatabase): void {
  app.openapi(links, async (c) =>
    c.json(
      await mintLinks(
        db,
        c.get('workspace').id,
        c.req.valid('param').key,
        c.req.valid('json').links,
        publicBase(c.req.url),
      ),
      200,
    ),
  );
  app.openapi(qrList, async (c) =>
    c.json(
      {
        qrLinks: await listQrLinks(
          db,
          c.get('workspace').id,
          c.req.valid('param').key,
          publicBase(c.req.url),
        ),
      },
      200,
    ),
  );
  app.openapi(qrCreate, async (c) =>
    c.json(
      await createQrLink(
        db,
        c.get('workspace').id,
        c.req.valid('param').key,
        c.req.valid('json'),
        publicBase(c.req.url),
      ),
      201,
    ),
  );
  app.openapi(qrUpdate, async (c) => {
    const { key, id } = c.req.valid('param');
    return c.json(
      await updateQrLink(db, c.get('workspace').id, key, id, c.req.valid('json'), publicBase(c.req.url)),
      200,
    );
  });
  app.openapi(qrScan, async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const { url } = await scanQrLink(db, c.req.valid('param').token, publicBase(c.req.url));
      return c.redirect(url, 302);
    } catch (error) {
      const page = (c.req.header('accept') ?? '').includes('text/html');
      if (!page || !(error instanceof MotError)) throw error;
      if (error.code !== 'not_found' && error.code !== 'link_expired') throw error;
      return c.text(QR_CLOSED_TEXT[error.code], error.code === 'not_found' ? 404 : 410);
    }
  });
  app.openapi(read, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readPublicSurvey(db, c.req.valid('param').token, c), 200);
  });
  app.openapi(partial, async (c) =>
    c.json(await keepPartialAnswers(db, c.req.valid('param').token, c.req.valid('json').answers, c), 200),
  );
  app.openapi(submit, async (c) =>
    c.json(
      await submitAnswers(db, c.req.valid('param').token, c.req.valid('json').answers, { request: c }),
      201,
    ),
  );
  app.openapi(optOut, async (c) =>
    c.json({ unsubscribed: true as const, ...(await unsubscribe(db, c.req.valid('param').token, c)) }, 200),
  );
}
