'use client';
/**
 * Choosing the foreign-national status check an entrustment rests on from the checks of the
 * person it is for (when asked, by which station, what the police found), instead of pasting a
 * record id. Without a person on record there is nothing to choose: the picker says so.
 */
import { Select, Space, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { findStatusChecksOfPerson, type StatusCheckChoice } from '@/graph/status-check-pick.action';
import { useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';

export interface StatusCheckPickerProps {
  /** The person the entrustment is for; the choices are their checks. */
  personId?: string | null;
  value?: string | null;
  onChange?: (value: string | null) => void;
  'data-testid'?: string;
}

export function StatusCheckPicker({ personId, value, onChange, 'data-testid': testId }: StatusCheckPickerProps) {
  const t = useTranslations('pickers.statusCheck');
  const label = useEnumLabel();
  const { dateTime } = useRecordFormatters();
  // The checks and whose they are: a change of person drops the earlier person's choices at once.
  const [loaded, setLoaded] = useState<{ personId: string; checks: StatusCheckChoice[] } | null>(null);

  useEffect(() => {
    if (!personId) return;
    let live = true;
    findStatusChecksOfPerson(personId).then(
      (checks) => live && setLoaded({ personId, checks }),
      () => live && setLoaded({ personId, checks: [] }),
    );
    return () => {
      live = false;
    };
  }, [personId]);

  const checks = loaded && loaded.personId === personId ? loaded.checks : null;
  // A check chosen for another person is no longer a choice.
  useEffect(() => {
    if (value && checks && !checks.some((check) => check.id === value)) onChange?.(null);
  }, [checks, value, onChange]);

  return (
    <Select<string>
      allowClear
      disabled={!personId}
      loading={Boolean(personId) && checks === null}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={personId ? t('placeholder') : t('pickPersonFirst')}
      notFoundContent={checks === null ? null : t('none')}
      data-testid={testId}
      style={{ width: '100%', maxWidth: 480 }}
      options={(checks ?? []).map((check) => ({
        value: check.id,
        label: (
          <Space size="small" wrap data-testid="status-check-choice" data-status-check-id={check.id}>
            <span>{label({ kind: 'ForeignNationalStatusCheckStatus', value: check.status })}</span>
            <Typography.Text type="secondary">{t('choice', { requestedAt: dateTime(check.requestedAt), station: check.requestingStation.name, nationality: check.nationality })}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
