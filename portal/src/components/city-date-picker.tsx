'use client';
/**
 * antd's date pickers for the forms, in place of typed or native dates: the form keeps the value
 * the graph expects (a calendar day `YYYY-MM-DD`, or a wall-clock time in the city
 * `YYYY-MM-DD HH:mm` that the form sends as an instant), shown in the same unambiguous order in
 * both languages, never the browser's or a US format. The calendar's texts follow the portal's
 * language (antd's locale is set in AntdProvider, dayjs's there too).
 */
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useMemo, type CSSProperties } from 'react';
import { todayIn } from '@/lib/person-age.calculation';

dayjs.extend(customParseFormat);

const DAY_FORMAT = 'YYYY-MM-DD';
const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

interface PickerProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The earliest day that may be picked (`YYYY-MM-DD`), or `'today'` (the city's). */
  min?: string;
  /** The latest day that may be picked (`YYYY-MM-DD`), or `'today'` (the city's). */
  max?: string;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
  id?: string;
}

/** The day bounds with `'today'` read as the city's today. */
function useBounds(min?: string, max?: string) {
  return useMemo(() => {
    const today = todayIn('Asia/Shanghai');
    const read = (bound?: string) => (bound === 'today' ? today : bound);
    const [low, high] = [read(min), read(max)];
    return (day: Dayjs) => {
      const text = day.format(DAY_FORMAT);
      return (low !== undefined && text < low) || (high !== undefined && text > high);
    };
  }, [min, max]);
}

/** A calendar day: the form holds `YYYY-MM-DD`. */
export function CityDatePicker({ value, onChange, min, max, placeholder, style, id, 'data-testid': testId }: PickerProps) {
  const disabledDate = useBounds(min, max);
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value, DAY_FORMAT) : null}
      onChange={(day: Dayjs | null) => onChange?.(day ? day.format(DAY_FORMAT) : null)}
      format={DAY_FORMAT}
      disabledDate={disabledDate}
      placeholder={placeholder}
      style={{ width: '100%', maxWidth: 220, ...style }}
      data-testid={testId}
    />
  );
}

/** A moment, picked as the city's wall clock: the form holds `YYYY-MM-DD HH:mm` (send it with `cityWallClockToInstant`). */
export function CityDateTimePicker({ value, onChange, min, max, placeholder, style, id, 'data-testid': testId }: PickerProps) {
  const disabledDate = useBounds(min, max);
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      // A typed or picked time holds without an extra OK (one tap fewer on a phone).
      needConfirm={false}
      value={value ? dayjs(value, TIME_FORMAT) : null}
      onChange={(moment: Dayjs | null) => onChange?.(moment ? moment.format(TIME_FORMAT) : null)}
      format={TIME_FORMAT}
      disabledDate={disabledDate}
      placeholder={placeholder}
      style={{ width: '100%', maxWidth: 260, ...style }}
      data-testid={testId}
    />
  );
}
