/**
 * The ONE registry of job handlers, by job kind: the runner reads it. Each area adds its own lines. Wrap the
 * handler in an arrow function (as below) so the registry can be built while modules that import one
 * another are still loading.
 */
import { deliverNotification, sendDigest } from '../notify/deliver.ts';
import { handleSlaCheck } from '../sla/escalate.ts';
import { recordCallbackMoment } from '../callbacks/record-callback-moment.ts';
import { handlePlanJob } from '../invitations/plan-job.ts';
import { handleSendJob } from '../invitations/send-invitation-job.ts';
import { handleIngestAnswerJob, handleIngestWaitingJob } from '../survey-answers/ingest-answer-job.ts';
import type { TJobHandler } from './types.ts';

export const JOB_HANDLERS: Record<string, TJobHandler> = {
  'callback.moment': (job, db) => recordCallbackMoment(job, db),
  'invitation.plan': (job, db) => handlePlanJob(job, db),
  'invitation.send': (job, db) => handleSendJob(job, db),
  'notify.deliver': (job, db) => deliverNotification(job, db),
  'notify.digest': (job, db) => sendDigest(job, db),
  'sla.check': (job, db) => handleSlaCheck(job, db),
  'survey.ingest': (job, db) => handleIngestAnswerJob(job, db),
  'survey.ingest-waiting': (job, db) => handleIngestWaitingJob(job, db),
};
