/**
 * The closed loop's shared vocabulary: alert severities, case states, business calendars and the events
 * staff are notified of. The rules that use them live beside this file (alert rules, case states, SLA,
 * callbacks, recovery figures); the server stores and schedules, the web app shows.
 */

/** How urgent an alert, and the case it opens, is. SLA targets are set per severity. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
/** A severity. */
export type TSeverity = (typeof SEVERITIES)[number];

/** The states of a service-recovery case (Zammad / Qualtrics tickets, plus the callback step of the method). */
export const CASE_STATES = [
  'new',
  'acknowledged',
  'in_progress',
  'awaiting_callback',
  'resolved',
  'closed',
  'reopened',
] as const;
/** A case state. */
export type TCaseState = (typeof CASE_STATES)[number];

/**
 * A workspace's business-hours calendar, configured by its users: opening hours per weekday in the
 * workspace's IANA time zone, holidays (closed all day) and make-up working days (调休: a weekend date that
 * works with the hours of the weekday named). Dates are local `YYYY-MM-DD`, times local `HH:MM`.
 */
export type TBusinessCalendar = {
  timeZone: string;
  /** 0 = Sunday ... 6 = Saturday; several ranges a day allow a lunch break. */
  hours: Array<{ day: number; start: string; end: string }>;
  holidays: string[];
  workdays: Array<{ date: string; as: number }>;
};

/** Targets of an SLA policy for one severity, in business minutes of the policy's calendar. */
export type TSlaTargets = { firstResponseMinutes: number; resolutionMinutes: number };

/** What staff are notified of, on the channels whose subscriptions include it. */
export const NOTIFICATION_EVENTS = [
  'case.created',
  'case.escalated',
  'case.overdue',
  'alert.systemic',
] as const;
/** A notification event. */
export type TNotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
