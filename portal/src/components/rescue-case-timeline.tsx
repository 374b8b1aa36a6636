'use client';
/** A case's history: every change, oldest first, with who made it, when and why. */
import { Timeline, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { RescueCasePageQuery } from '@/gql/graphql';
import { useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';

type CaseEvent = NonNullable<RescueCasePageQuery['rescueCase']>['events'][number];

export function RescueCaseTimeline({ events }: { events: CaseEvent[] }) {
  const t = useTranslations('rescueCase.timeline');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Timeline
      data-testid="case-timeline"
      items={ordered.map((event) => ({
        key: event.id,
        content: (
          <div data-testid="case-event" data-to={event.toStatus}>
            <Typography.Text strong>
              {event.fromStatus
                ? t('changed', { from: label({ kind: 'RescueCaseStatus', value: event.fromStatus }), to: label({ kind: 'RescueCaseStatus', value: event.toStatus }) })
                : t('opened', { to: label({ kind: 'RescueCaseStatus', value: event.toStatus }) })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">{t('byAt', { actor: event.actor, at: format.dateTime(event.at) })}</Typography.Text>
            </div>
            {event.reason ? <div data-testid="case-event-reason">{t('reason', { reason: event.reason })}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
