'use client';
/** The home page's to-do panel: each kind of waiting work with its count and how late the oldest is, linking to where it is done. */
import { Badge, Card, List, Typography } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { TodoItem } from '@/lib/todo.items';
import { useRecordFormatters } from './record-formatters';

export function TodoPanel({ items }: { items: TodoItem[] }) {
  const t = useTranslations('dashboard.todo');
  const format = useRecordFormatters();
  const detail = (item: TodoItem): string => {
    if (item.count === 0) return t('none');
    if (item.longestStayDays !== undefined) return t('longestStay', { days: item.longestStayDays });
    if (item.lateByMs !== undefined) return t('lateBy', { duration: format.duration(item.lateByMs) });
    if (item.expiresInMs !== undefined) return t('expiresIn', { duration: format.duration(item.expiresInMs) });
    if (item.waitingMs !== undefined) return t('waiting', { duration: format.duration(item.waitingMs) });
    return '';
  };
  return (
    <Card title={t('title')} style={{ marginBottom: 16 }} data-testid="todo-panel">
      <List
        dataSource={items}
        renderItem={(item) => (
          <List.Item
            data-testid="todo-item"
            data-key={item.key}
            data-count={item.count}
            actions={item.count > 0 ? [<Link key="go" href={item.href} data-testid="todo-open">{t('open')}</Link>] : []}
          >
            <List.Item.Meta
              avatar={<Badge count={item.count} showZero color={item.count === 0 ? 'green' : item.lateByMs ? 'red' : 'orange'} overflowCount={99} />}
              title={t(`items.${item.key}`)}
              description={<Typography.Text type={item.count > 0 && item.lateByMs ? 'danger' : 'secondary'} data-testid="todo-detail">{detail(item)}</Typography.Text>}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
