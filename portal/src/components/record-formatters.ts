'use client';
/** Dates, amounts and durations as the current language writes them, in the city's time zone. */
import { useFormatter, useTranslations } from 'next-intl';
import { formatDuration } from '@/lib/running-clock.format';

export function useRecordFormatters() {
  const format = useFormatter();
  const t = useTranslations('common');
  const clock = useTranslations('operations.clock');
  const units = { day: clock('units.day'), hour: clock('units.hour'), minute: clock('units.minute'), second: clock('units.second') };
  return {
    /** An instant (`DateTime`), e.g. 2026年11月29日 16:30. */
    dateTime: (iso: string | null | undefined) =>
      iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : t('none'),
    /** A calendar date (`Date`, `YYYY-MM-DD`), shown without any time-zone shift. */
    date: (day: string | null | undefined) =>
      day ? format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) : t('none'),
    /**
     * An amount (`Money`) in yuan, e.g. ¥1,234.50. From its `yuan` decimal string: to the fen for
     * any amount up to 15 digits (¥9,999,999,999,999.99), where a number still holds it exactly.
     */
    money: (money: { yuan: string }) => format.number(Number(money.yuan), { style: 'currency', currency: 'CNY' }),
    /** A duration in milliseconds in words: `5 天 3 小时`, `3 小时 12 分`, `12 分 5 秒`. */
    duration: (ms: number) => formatDuration(ms, units),
    none: t('none'),
  };
}
