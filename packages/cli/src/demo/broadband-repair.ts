import type { TJourneyInput } from '@mot/core';

/** Key of the demo workspace and its display name. */
export const DEMO_WORKSPACE = { key: 'demo', name: '演示 Demo' } as const;

const FIELD_SERVICE = '装维中心 Field service';
const CUSTOMER_SERVICE = '客服中心 Customer service centre';

/**
 * The demo journey: a home broadband fault, from the call to the hotline to the satisfaction callback.
 * Standards are the ones Chinese operators publish for repair (受理 within 30 min, on site within 24 h,
 * fixed on the first visit, callback within 48 h); floors are where complaints start.
 */
export const BROADBAND_REPAIR: TJourneyInput = {
  key: 'broadband_repair',
  name: '宽带报修',
  names: { 'zh-CN': '宽带报修', en: 'Broadband repair' },
  description: 'A home broadband fault: reported, acknowledged, visited, fixed, and called back.',
  stages: [
    {
      key: 'report',
      name: '报修受理',
      names: { 'zh-CN': '报修受理', en: 'Fault report' },
      kind: 'pre_contact',
    },
    { key: 'repair', name: '上门维修', names: { 'zh-CN': '上门维修', en: 'Repair visit' }, kind: 'delivery' },
    {
      key: 'problem',
      name: '问题处理',
      names: { 'zh-CN': '问题处理', en: 'Problem handling' },
      kind: 'problem_handling',
    },
    { key: 'follow_up', name: '回访', names: { 'zh-CN': '回访', en: 'Follow-up' }, kind: 'follow_up' },
  ],
  touchpoints: [
    {
      key: 'hotline_report',
      name: '热线报修',
      names: { 'zh-CN': '热线报修', en: 'Fault reported on the hotline' },
      stage: 'report',
      channel: 'phone',
      owner: CUSTOMER_SERVICE,
      measures: [measure('wait_seconds', '等待时长', 'Wait for an agent', 'seconds', 30, 120)],
    },
    {
      key: 'repair_acknowledged',
      name: '受理确认',
      names: { 'zh-CN': '受理确认', en: 'Repair request acknowledged' },
      stage: 'report',
      channel: 'sms',
      owner: CUSTOMER_SERVICE,
      measures: [measure('ack_minutes', '受理时长', 'Time to acknowledge', 'minutes', 30, 120)],
    },
    {
      key: 'visit_booked',
      name: '预约上门',
      names: { 'zh-CN': '预约上门', en: 'Technician books the visit' },
      stage: 'repair',
      channel: 'phone',
      owner: FIELD_SERVICE,
      measures: [measure('booking_hours', '预约时长', 'Time to book the visit', 'hours', 2, 4)],
    },
    {
      key: 'technician_on_site',
      name: '上门服务',
      names: { 'zh-CN': '上门服务', en: 'Technician on site' },
      stage: 'repair',
      channel: 'on_site',
      owner: FIELD_SERVICE,
      measures: [
        measure('arrival_hours', '上门时长', 'Time to arrive', 'hours', 24, 48),
        flag('on_time', '按约定时段到达', 'Arrived in the booked slot', 1, 0),
      ],
    },
    {
      key: 'fault_fixed',
      name: '故障修复',
      names: { 'zh-CN': '故障修复', en: 'Fault fixed' },
      stage: 'repair',
      channel: 'on_site',
      owner: FIELD_SERVICE,
      measures: [
        flag('fixed_first_visit', '一次修复', 'Fixed on the first visit', 1, 0),
        measure('resolution_hours', '修复时长', 'Time to fix', 'hours', 24, 48),
      ],
    },
    {
      key: 'repeat_visit',
      name: '二次上门',
      names: { 'zh-CN': '二次上门', en: 'Second visit' },
      stage: 'problem',
      channel: 'on_site',
      owner: FIELD_SERVICE,
      // Failing twice is past what customers tolerate: target and floor coincide.
      measures: [
        measure('arrival_hours', '上门时长', 'Time to arrive', 'hours', 12, 24),
        flag('fixed', '已修复', 'Fixed', 1, 1),
      ],
    },
    {
      key: 'complaint',
      name: '投诉处理',
      names: { 'zh-CN': '投诉处理', en: 'Complaint handled' },
      stage: 'problem',
      channel: 'phone',
      owner: '投诉管理部 Complaints',
      measures: [
        measure('response_hours', '响应时长', 'Time to respond', 'hours', 4, 24),
        measure('resolution_hours', '办结时长', 'Time to resolve', 'hours', 24, 72),
      ],
    },
    {
      key: 'callback',
      name: '满意度回访',
      names: { 'zh-CN': '满意度回访', en: 'Satisfaction callback' },
      stage: 'follow_up',
      channel: 'phone',
      owner: '质量管理部 Service quality',
      ratingScale: { min: 1, max: 5 },
      measures: [measure('callback_hours', '回访时长', 'Time to call back', 'hours', 48, 72)],
    },
  ],
};

/** A lower-is-better duration with its standard and floor. */
function measure(key: string, zh: string, en: string, unit: string, target: number, floor: number) {
  return {
    key,
    name: en,
    names: { 'zh-CN': zh, en },
    unit,
    direction: 'lower_is_better' as const,
    standard: { target, floor },
  };
}

/** A yes/no measure stored as 1/0, where yes is better. */
function flag(key: string, zh: string, en: string, target: number, floor: number) {
  return { ...measure(key, zh, en, 'boolean', target, floor), direction: 'higher_is_better' as const };
}
