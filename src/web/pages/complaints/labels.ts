import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  type ComplaintChannel,
  type ComplaintStatus,
  type ComplaintSubject,
} from '../../../domain/complaints/complaints';
import type { MessageKey } from '../../i18n/messages';

export { COMPLAINT_CHANNELS, COMPLAINT_STATUSES, COMPLAINT_SUBJECTS };

export const SUBJECT_LABELS: Record<ComplaintSubject, MessageKey> = {
  fees: 'complaint.subject.fees',
  service_quality: 'complaint.subject.service_quality',
  safety: 'complaint.subject.safety',
  staff_conduct: 'complaint.subject.staff_conduct',
  other: 'complaint.subject.other',
};

export const STATUS_LABELS: Record<ComplaintStatus, MessageKey> = {
  received: 'complaint.status.received',
  assigned: 'complaint.status.assigned',
  investigating: 'complaint.status.investigating',
  answered: 'complaint.status.answered',
};

export const STATUS_COLORS: Record<ComplaintStatus, string> = {
  received: 'warning',
  assigned: 'processing',
  investigating: 'processing',
  answered: 'success',
};

export const CHANNEL_LABELS: Record<ComplaintChannel, MessageKey> = {
  web: 'complaint.channel.web',
  phone: 'complaint.channel.phone',
  counter: 'complaint.channel.counter',
};

export const complaintPath = (trackingNo: string) => `/complaints/${encodeURIComponent(trackingNo)}`;
