/**
 * Staff notifications: channels (signed webhooks, WeCom and DingTalk robots, Slack, e-mail), deliveries
 * through the job outbox, the delivery log. See docs/closed-loop.md.
 */
export { CHANNEL_KINDS, RATE_LIMITS, subscriptionMatches } from './channels.ts';
export type { TChannelKind, TChannelTarget, TNotification, TSubscription } from './channels.ts';
export { DIGEST_JOB, notifyOptions, setNotifyOptions, webhookId } from './deliver.ts';
export type { TNotifyOptions } from './deliver.ts';
export {
  createDelivery,
  DELIVER_JOB,
  enqueueNotification,
  enqueueNotifications,
} from './enqueue-notification.ts';
