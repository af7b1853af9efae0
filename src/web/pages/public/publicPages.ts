import type { MessageKey } from '../../i18n/messages';

/** The public pages, in the order of the top menu; each reachable without signing in. */
export const PUBLIC_PAGES: readonly { path: string; label: MessageKey }[] = [
  { path: '/public/fee-schedule', label: 'public.nav.feeSchedule' },
  { path: '/public/forms', label: 'public.nav.forms' },
  { path: '/verify', label: 'public.nav.verify' },
  { path: '/public/complaints', label: 'public.nav.complaints' },
  { path: '/public/complaints/track', label: 'public.nav.track' },
];
