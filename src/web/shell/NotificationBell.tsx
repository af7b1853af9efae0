import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Grid, List, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api';
import { formatDateTime } from '../format';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useApiQuery } from '../useApiQuery';

interface StaffNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}
interface MyNotifications {
  items: StaffNotification[];
  unread: number;
}

const KIND_LABELS: Record<string, { label: MessageKey; color: string }> = {
  deadline_warning: { label: 'notify.kind.deadline_warning', color: 'orange' },
  deadline_missed: { label: 'notify.kind.deadline_missed', color: 'red' },
  deadline_escalated: { label: 'notify.kind.deadline_escalated', color: 'red' },
  plan_broken: { label: 'notify.kind.plan_broken', color: 'magenta' },
  complaint_overdue: { label: 'notify.kind.complaint_overdue', color: 'volcano' },
};

/** How often the bell asks for news while the page is open. */
const POLL_MS = 60_000;

/**
 * 通知: the bell in the header with the unread count; the drawer lists the in-app notifications
 * (deadline warnings, escalations, broken plans), each read when opened and leading to its page.
 */
export function NotificationBell({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const mine = useApiQuery<MyNotifications>(
    onlyUnread ? '/notifications/mine?unread=true' : '/notifications/mine',
  );
  const { reload } = mine;

  useEffect(() => {
    const timer = window.setInterval(reload, POLL_MS);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  const openOne = async (n: StaffNotification) => {
    if (!n.read) {
      try {
        await api.post<void>(`/notifications/mine/${encodeURIComponent(n.id)}/read`);
      } catch {
        // Reading it matters more than the mark: the next poll shows it unread again.
      }
      reload();
    }
    if (n.link) {
      setOpen(false);
      if (n.link.startsWith('/')) navigate(n.link);
      else window.open(n.link, '_blank', 'noopener');
    }
  };

  const unread = mine.data?.unread ?? 0;
  return (
    <>
      <Badge count={unread} size="small" offset={[-6, 6]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          onClick={() => {
            setOpen(true);
            reload();
          }}
          aria-label={t('notify.title')}
          title={t('notify.title')}
          data-testid="notification-bell"
          data-unread={unread}
        >
          {!compact && t('notify.title')}
        </Button>
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notify.title')}
        size={phone ? '100%' : 420}
        extra={
          <Segmented
            size="small"
            value={onlyUnread ? 'unread' : 'all'}
            onChange={(v) => setOnlyUnread(v === 'unread')}
            options={[
              { value: 'all', label: t('common.all') },
              { value: 'unread', label: t('notify.unread', { count: unread }) },
            ]}
          />
        }
        data-testid="notification-drawer"
      >
        {mine.data && mine.data.items.length === 0 ? (
          <Empty description={t('notify.none')} />
        ) : (
          <List<StaffNotification>
            loading={mine.loading && !mine.data}
            dataSource={mine.data?.items ?? []}
            renderItem={(n) => {
              const kind = KIND_LABELS[n.kind];
              return (
                <List.Item
                  className={n.read ? 'notification notification-read' : 'notification notification-unread'}
                  onClick={() => void openOne(n)}
                  style={{ cursor: 'pointer' }}
                  data-testid="notification-item"
                >
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Flex gap={6} align="center" justify="space-between">
                      <Flex gap={6} align="center" style={{ minWidth: 0 }}>
                        {!n.read && <Badge status="processing" />}
                        <Typography.Text strong={!n.read} ellipsis>
                          {n.title}
                        </Typography.Text>
                      </Flex>
                      {kind && <Tag color={kind.color}>{t(kind.label)}</Tag>}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {n.body}
                    </Typography.Text>
                    <Typography.Text type="secondary" className="mono" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              );
            }}
          />
        )}
      </Drawer>
    </>
  );
}
