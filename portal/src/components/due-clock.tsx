'use client';
/** A legal clock against its due time: time left, or how long overdue (red), in days and hours as people say it; or done (green, with when). */
import { Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { untilDue } from '@/lib/running-clock.format';
import { useRecordFormatters } from './record-formatters';
import { useNow } from './use-now';

export function DueClock({ dueAt, doneAt, testId }: { dueAt: string | null; doneAt?: string | null; testId: string }) {
  const now = useNow();
  const t = useTranslations('operations.clock');
  const format = useRecordFormatters();
  if (doneAt) {
    return (
      <Tag color="green" data-testid={testId} data-state="done">
        {t('done', { at: format.dateTime(doneAt) })}
      </Tag>
    );
  }
  if (!dueAt) return <span data-testid={testId} data-state="none">{t('notApplicable')}</span>;
  const left = now === null ? null : untilDue(dueAt, now);
  const overdue = left !== null && left < 0;
  return (
    <span data-testid={testId} data-state={overdue ? 'overdue' : 'running'}>
      {overdue ? <Tag color="red">{t('overdue', { time: format.duration(-left) })}</Tag> : <Tag color="blue">{t('left', { time: left === null ? '…' : format.duration(left) })}</Tag>}
      <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t('due', { at: format.dateTime(dueAt) })}</div>
    </span>
  );
}
