import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ContactsOutlined,
  ControlOutlined,
  FileProtectOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  ImportOutlined,
  MessageOutlined,
  SafetyOutlined,
  SendOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Permission } from '../../domain/access/permissions';
import type { CurrentUser } from '../../domain/contracts/auth';
import { can } from '../auth/auth';
import type { MessageKey } from '../i18n/messages';

export interface MenuEntry {
  /** Route path, also the menu key. */
  path: string;
  label: MessageKey;
  permission: Permission;
  icon: ComponentType;
  /** Each page is its own chunk, fetched the first time someone opens it. */
  page: LazyExoticComponent<ComponentType>;
  /**
   * Pages reached from this one rather than from the menu (a record's detail), under the same
   * permission; `path` is relative to the entry's, e.g. `:accountNo` for `/customers/:accountNo`.
   */
  subPages?: readonly { path: string; page: LazyExoticComponent<ComponentType> }[];
}

/** The workbench's pages in menu order. A new page is one line here; routes are derived from this list. */
export const MENU: readonly MenuEntry[] = [
  {
    path: '/',
    label: 'menu.workbench',
    permission: 'workbench.view',
    icon: HomeOutlined,
    page: lazy(() => import('../pages/workbench/WorkbenchPage')),
  },
  {
    path: '/cases',
    label: 'menu.cases',
    permission: 'cases.read',
    icon: FileProtectOutlined,
    page: lazy(() => import('../pages/cases/CasesPage')),
    subPages: [
      // A static segment outranks `:caseNo`, so /cases/new is the application form, never a case.
      { path: 'new', page: lazy(() => import('../pages/cases/NewCasePage')) },
      { path: ':caseNo', page: lazy(() => import('../pages/cases/CasePage')) },
    ],
  },
  {
    path: '/customers',
    label: 'menu.customers',
    permission: 'customers.read',
    icon: ContactsOutlined,
    page: lazy(() => import('../pages/customers/CustomersPage')),
    subPages: [{ path: ':accountNo', page: lazy(() => import('../pages/customers/CustomerDetailPage')) }],
  },
  {
    path: '/tasks',
    label: 'menu.tasks',
    permission: 'tasks.read',
    icon: CarryOutOutlined,
    page: lazy(() => import('../pages/tasks/TasksPage')),
  },
  {
    path: '/complaints',
    label: 'menu.complaints',
    permission: 'complaints.read',
    icon: MessageOutlined,
    page: lazy(() => import('../pages/complaints/ComplaintsPage')),
    subPages: [{ path: ':trackingNo', page: lazy(() => import('../pages/complaints/ComplaintDetailPage')) }],
  },
  {
    path: '/archive',
    label: 'menu.archive',
    permission: 'archive.read',
    icon: FolderOpenOutlined,
    page: lazy(() => import('../pages/archive/ArchivePage')),
    subPages: [{ path: ':archiveNo', page: lazy(() => import('../pages/archive/ArchiveDetailPage')) }],
  },
  {
    path: '/supervision',
    label: 'menu.supervision',
    permission: 'supervision.audit',
    icon: SafetyOutlined,
    page: lazy(() => import('../pages/supervision/SupervisionPage')),
    subPages: [{ path: 'audits/:id', page: lazy(() => import('../pages/supervision/AuditFormPage')) }],
  },
  {
    path: '/kpis',
    label: 'menu.kpis',
    permission: 'kpis.read',
    icon: BarChartOutlined,
    page: lazy(() => import('../pages/kpis/KpiDashboardPage')),
    subPages: [{ path: 'definitions', page: lazy(() => import('../pages/kpis/KpiDefinitionsPage')) }],
  },
  {
    path: '/import',
    label: 'menu.import',
    permission: 'customers.import',
    icon: ImportOutlined,
    page: lazy(() => import('../pages/import/ImportPage')),
  },
  {
    path: '/calendar',
    label: 'menu.calendar',
    permission: 'calendar.read',
    icon: CalendarOutlined,
    page: lazy(() => import('../pages/calendar/CalendarPage')),
  },
  {
    path: '/settings',
    label: 'menu.settings',
    permission: 'settings.read',
    icon: ControlOutlined,
    page: lazy(() => import('../pages/settings/SettingsPage')),
  },
  {
    path: '/fee-schedule',
    label: 'menu.feeSchedule',
    permission: 'feeSchedule.manage',
    icon: AccountBookOutlined,
    page: lazy(() => import('../pages/fees/FeeSchedulePage')),
  },
  {
    path: '/audit',
    label: 'menu.audit',
    permission: 'audit.read',
    icon: AuditOutlined,
    page: lazy(() => import('../pages/audit/AuditPage')),
  },
  {
    path: '/users',
    label: 'menu.users',
    permission: 'users.manage',
    icon: TeamOutlined,
    page: lazy(() => import('../pages/users/UsersPage')),
  },
  {
    path: '/outbox',
    label: 'menu.outbox',
    permission: 'notifications.read',
    icon: SendOutlined,
    page: lazy(() => import('../pages/outbox/OutboxPage')),
  },
];

export function menuFor(user: CurrentUser): MenuEntry[] {
  return MENU.filter((entry) => can(user, entry.permission));
}

/** The entry a location belongs to, so nested pages (e.g. /cases/XH2026000001) keep their menu item lit. */
export function entryForPath(pathname: string): MenuEntry | undefined {
  return MENU.find((e) =>
    e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
  );
}
