'use client';
/** A month the graph answers as `YYYY-MM`, labelled in the user's language ("2026年3月", "Mar 2026"). */
import { useFormatter } from 'next-intl';

export function useMonthLabel(): (month: string) => string {
  const format = useFormatter();
  return (month) => {
    const [year, number] = month.split('-').map(Number);
    return format.dateTime(new Date(Date.UTC(year!, number! - 1, 15)), { year: 'numeric', month: 'short', timeZone: 'Asia/Shanghai' });
  };
}
