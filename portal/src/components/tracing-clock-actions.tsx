'use client';
/** The tracing clocks' steps for one person: the public notice published, DNA sampling requested from the police. */
import { Button, Space } from 'antd';
import { useTranslations } from 'next-intl';
import { recordDnaRequest, recordTracingNotice } from '@/graph/tracing.action';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { useChange } from './use-change';

export function TracingClockActions({ personId, noticeOpen, dnaOpen }: { personId: string; noticeOpen: boolean; dnaOpen: boolean }) {
  const t = useTranslations('tracing');
  const { run, pending, refusal } = useChange();
  if (!noticeOpen && !dnaOpen && !refusal) return null;
  return (
    <Space orientation="vertical" size={4}>
      <ChangeRefusalAlert refusal={refusal} />
      <Space size={4}>
        {noticeOpen ? (
          <Button size="small" loading={pending} data-testid="record-notice" onClick={() => run(() => recordTracingNotice({ personId }))}>
            {t('recordNotice')}
          </Button>
        ) : null}
        {dnaOpen ? (
          <Button size="small" loading={pending} data-testid="record-dna-request" onClick={() => run(() => recordDnaRequest({ personId }))}>
            {t('recordDnaRequest')}
          </Button>
        ) : null}
      </Space>
    </Space>
  );
}
