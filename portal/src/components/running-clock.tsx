'use client';
/** A street report's running clock: since the report, stopped on scene, red once past the 30-minute target. */
import { Space, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { formatElapsed, reportClock } from '@/lib/running-clock.format';

export function RunningClock({ reportedAt, onSceneAt, now }: { reportedAt: string; onSceneAt: string | null; now: number | null }) {
  const t = useTranslations('dispatch');
  if (now === null && !onSceneAt) return <span data-testid="running-clock">…</span>;
  const clock = reportClock({ reportedAt, onSceneAt }, now ?? Date.parse(onSceneAt!));
  return (
    <Space size={4}>
      <span
        data-testid="running-clock"
        data-stopped={clock.stopped}
        style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, color: clock.missedTarget ? '#cf1322' : undefined }}
      >
        {formatElapsed(clock.elapsedMs)}
      </span>
      {clock.missedTarget ? (
        <Tag color="red" data-testid="missed-target">
          {clock.stopped ? t('lateOnScene') : t('notOnScene')}
        </Tag>
      ) : null}
    </Space>
  );
}
