import { z } from '@hono/zod-openapi';
import { ZAlertRule, ZAlertRuleBody, ZKey } from '@mot/core';

/** Path parameters naming an alert rule. */
export const ZAlertRuleParams = z.object({ key: ZKey });

/** Body of `POST /api/alert-rules`: a whole rule with its key. */
export const ZAlertRuleCreate = ZAlertRule;

/** Body of `PUT /api/alert-rules/{key}`: the rule without its key (the URL's). */
export const ZAlertRulePut = ZAlertRuleBody;

/** An alert rule as the API shows it. */
export const ZAlertRuleOut = ZAlertRule.extend({
  id: z.number().int(),
  origin: z
    .string()
    .nullable()
    .openapi({ description: 'The pack that installed the rule (`pack:<key>`), or null' }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('AlertRule');

/** Response of `GET /api/alert-rules`. */
export const ZAlertRuleList = z.object({ rules: z.array(ZAlertRuleOut) });
