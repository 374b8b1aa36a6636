'use client';
/**
 * The audit work list's filters, each kept in the URL (`/audit-trail?from=…&to=…&actor=…`): a
 * window of time picked in the city's wall-clock time, an actor, an operation, a record type, an
 * outcome and words of the purpose; a record chosen from a line shows as a tag that clears it. A
 * change starts the list again at its first page (a cursor holds for one view only).
 */
import { DatePicker, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
// The picker's Chinese week and month names (antd asks dayjs for the locale its own locale names).
import 'dayjs/locale/zh-cn';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { AUDIT_OPERATIONS, AUDIT_RECORD_TYPES, MAX_FILTER_TEXT } from '@/lib/audit-trail.params';
import { PAGE_CURSOR_PARAMS } from '@/lib/list-page.params';
import { AUDIT_OUTCOMES } from '@/lib/vocabulary';
import { useEnumLabel } from './enum-tag';
import { UrlFilter, UrlTextFilter } from './url-filter';

/** The picker's wall-clock format, the URL's (`2026-12-06T08:00`). */
const URL_MINUTE = 'YYYY-MM-DDTHH:mm';
const CITY_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Sets several URL parameters at once (the window's two ends), dropping the page cursor. */
function useUrlParams() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const set = (values: Record<string, string | undefined>) => {
    const params = new URLSearchParams(searchParams.toString());
    for (const [name, value] of Object.entries(values)) {
      if (value) params.set(name, value);
      else params.delete(name);
    }
    for (const cursor of PAGE_CURSOR_PARAMS) params.delete(cursor);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  };
  return { get: (name: string) => searchParams.get(name) ?? undefined, set, pending };
}

/**
 * The window of time. The URL holds city wall-clock minutes, and the picker shows exactly those
 * digits whatever the browser's time zone: a minute is parsed and written as local digits, never
 * converted.
 */
function WindowFilter() {
  const t = useTranslations('auditTrail');
  const { get, set } = useUrlParams();
  const read = (name: string): Dayjs | null => {
    const value = get(name);
    // dayjs reads `2026-12-06T08:00` (no zone) as those local digits.
    const parsed = value && CITY_MINUTE.test(value) ? dayjs(value) : null;
    return parsed?.isValid() ? parsed : null;
  };
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <span>{t('windowFilter')}</span>
      <DatePicker.RangePicker
        data-testid="filter-window"
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        allowEmpty={[true, true]}
        placeholder={[t('windowStart'), t('windowEnd')]}
        value={[read('from'), read('to')]}
        style={{ maxWidth: '100%' }}
        onChange={(dates) => set({ from: dates?.[0]?.format(URL_MINUTE), to: dates?.[1]?.format(URL_MINUTE) })}
      />
    </label>
  );
}

/** The record a line's "all lines of this record" chose, as a tag that clears it. */
function RecordFilterTag() {
  const t = useTranslations('auditTrail');
  const { get, set } = useUrlParams();
  const recordId = get('recordId');
  if (!recordId) return null;
  return (
    <Tag closable onClose={() => set({ recordId: undefined })} data-testid="filter-record">
      {t.rich('recordFilter', { id: () => <span translate="no">{recordId}</span> })}
    </Tag>
  );
}

export function AuditTrailFilters() {
  const t = useTranslations('auditTrail');
  const label = useEnumLabel();
  const word = (group: 'operations' | 'recordTypes', value: string) => t(`${group}.${value}` as never);
  return (
    <>
      <WindowFilter />
      <UrlTextFilter param="actor" label={t('actorFilter')} placeholder={t('actorPlaceholder')} pattern={`^.{1,${MAX_FILTER_TEXT}}$`} testId="filter-actor" />
      <UrlFilter param="operation" label={t('operationFilter')} testId="filter-operation" options={AUDIT_OPERATIONS.map((value) => ({ value, label: word('operations', value) }))} />
      <UrlFilter param="recordType" label={t('recordTypeFilter')} testId="filter-record-type" options={AUDIT_RECORD_TYPES.map((value) => ({ value, label: word('recordTypes', value) }))} />
      <UrlFilter param="outcome" label={t('outcomeFilter')} testId="filter-outcome" options={AUDIT_OUTCOMES.map((value) => ({ value, label: label({ kind: 'AuditOutcome', value }) }))} />
      <UrlTextFilter param="purpose" label={t('purposeFilter')} placeholder={t('purposePlaceholder')} pattern={`^.{1,${MAX_FILTER_TEXT}}$`} testId="filter-purpose" />
      <RecordFilterTag />
    </>
  );
}
