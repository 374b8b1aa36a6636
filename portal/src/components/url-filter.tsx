'use client';
/**
 * A select that keeps its value in one URL search parameter (e.g. `?status=MATCHED`), so list
 * pages stay server-rendered, bookmarkable and shareable.
 */
import { Input, Select } from 'antd';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';

export interface UrlFilterProps {
  param: string;
  label: string;
  options: { value: string; label: string }[];
  testId?: string;
  /** What no value means (shown when none is chosen); "all" unless said. */
  placeholder?: string;
  /** Parameters a change removes (a page cursor, which holds only for the view it came from). */
  resets?: readonly string[];
}

export function UrlFilter({ param, label, options, testId, placeholder, resets = [] }: UrlFilterProps) {
  const common = useTranslations('common');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const value = searchParams.get(param) ?? undefined;

  const change = (next: string | undefined) => {
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set(param, next);
    else params.delete(param);
    for (const reset of resets) params.delete(reset);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  };

  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span>{label}</span>
      <Select
        allowClear
        value={value}
        loading={pending}
        placeholder={placeholder ?? common('all')}
        style={{ minWidth: 160 }}
        onChange={(next: string | undefined) => change(next)}
        options={options}
        data-testid={testId}
      />
    </label>
  );
}

export interface UrlTextFilterProps {
  param: string;
  label: string;
  placeholder: string;
  /** A regular expression (source text) a value must match to be applied, e.g. `^\\d{2,12}$`. */
  pattern?: string;
  testId?: string;
  /** Parameters a change removes (a page cursor, which holds only for the view it came from). */
  resets?: readonly string[];
}

/** A text box that keeps its value in one URL search parameter; applied on Enter or search. */
export function UrlTextFilter({ param, label, placeholder, pattern, testId, resets = [] }: UrlTextFilterProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const apply = (raw: string) => {
    const next = raw.trim();
    if (next && pattern && !new RegExp(pattern).test(next)) return;
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set(param, next);
    else params.delete(param);
    for (const reset of resets) params.delete(reset);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  };

  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span>{label}</span>
      <Input.Search
        allowClear
        defaultValue={searchParams.get(param) ?? ''}
        placeholder={placeholder}
        loading={pending}
        onSearch={apply}
        style={{ width: 220 }}
        data-testid={testId}
      />
    </label>
  );
}
