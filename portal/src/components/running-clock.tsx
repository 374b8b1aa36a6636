'use client';
/** A street report's running clock: since the report, stopped on scene, red once past the 30-minute target. */
import { Space, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { reportClock } from '@/lib/running-clock.format';
import { useRecordFormatters } from './record-formatters';
import { useNow } from './use-now';

export function RunningClock({ reportedAt, onSceneAt }: { reportedAt: string; onSceneAt: string | null }) {
  const now = useNow();
  const t = useTranslations('dispatch');
  const format = useRecordFormatters();
  if (now === null && !onSceneAt) return <span data-testid="running-clock">…</span>;
  const clock = reportClock({ reportedAt, onSceneAt }, now ?? Date.parse(onSceneAt!));
  return (
    <Space size={4}>
      <span
        data-testid="running-clock"
        data-stopped={clock.stopped}
        data-seconds={Math.floor(clock.elapsedMs / 1000)}
        style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, color: clock.missedTarget ? '#cf1322' : undefined }}
      >
        {format.duration(clock.elapsedMs)}
      </span>
      {clock.missedTarget ? (
        <Tag color="red" data-testid="missed-target">
          {clock.stopped ? t('lateOnScene') : t('notOnScene')}
        </Tag>
      ) : null}
    </Space>
  );
}
