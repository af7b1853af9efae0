import { compareLocalDate, type LocalDate } from '../calendar/local-date.js';

/** 投诉举报: what a complaint is about, how it came in, and where it stands. */
export const COMPLAINT_SUBJECTS = ['fees', 'service_quality', 'safety', 'staff_conduct', 'other'] as const;
export const COMPLAINT_CHANNELS = ['web', 'phone', 'counter'] as const;
export const COMPLAINT_STATUSES = ['received', 'assigned', 'investigating', 'answered'] as const;

export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_SUBJECT_LABELS: Record<ComplaintSubject, string> = {
  fees: '收费问题',
  service_quality: '服务质量',
  safety: '安全问题',
  staff_conduct: '工作人员行为',
  other: '其他',
};

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: '已受理',
  assigned: '已分派',
  investigating: '调查中',
  answered: '已答复',
};

/** TS + year received + six-digit serial, e.g. TS2026000123: short enough to read out on the phone. */
export function trackingNoOf(receivedOn: LocalDate, serial: number): string {
  return `TS${receivedOn.slice(0, 4)}${String(serial).padStart(6, '0')}`;
}

/** A complaint's answer is due by the end of its due date; only an answer stops the clock. */
export function isComplaintOverdue(status: string, dueDate: LocalDate, today: LocalDate): boolean {
  return status !== 'answered' && compareLocalDate(dueDate, today) < 0;
}
