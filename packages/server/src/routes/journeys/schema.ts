import { z } from '@hono/zod-openapi';
import { ZJourney, ZStage, ZTouchpoint } from '@mot/core';

/** A journey document (request and response); core's plain zod schema, so inlined in the OpenAPI document. */
export const ZJourneyDoc = ZJourney;

/** A stage. */
export const ZStageDoc = ZStage;

/** A touchpoint with its measures and standards. */
export const ZTouchpointDoc = ZTouchpoint;

/** Response of `GET /api/journeys`. */
export const ZJourneyList = z.object({ journeys: z.array(ZJourneyDoc) });
