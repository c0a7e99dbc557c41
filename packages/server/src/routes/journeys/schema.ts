import { z } from '@hono/zod-openapi';
import { ZJourney, ZStage, ZTouchpoint } from '@mot/core';

/** A journey document (request and response). */
export const ZJourneyDoc = ZJourney.openapi('Journey');

/** A stage. */
export const ZStageDoc = ZStage.openapi('Stage');

/** A touchpoint with its measures and standards. */
export const ZTouchpointDoc = ZTouchpoint.openapi('Touchpoint');

/** Response of `GET /api/journeys`. */
export const ZJourneyList = z.object({ journeys: z.array(ZJourneyDoc) });
