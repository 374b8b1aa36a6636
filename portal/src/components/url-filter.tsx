'use client';
/**
 * Filters that keep their value in one URL search parameter (e.g. `?status=MATCHED`), so list
 * pages stay server-rendered, bookmarkable and shareable. A change starts the list again at its
 * first page: the page cursor holds only for the view it came from.
 */
import { Input, Select } from 'antd';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition, type ReactNode } from 'react';
import { PAGE_CURSOR_PARAMS } from '@/lib/list-page.params';
import { useEnumLabel, type EnumValue } from './enum-tag';

/**
 * One URL search parameter as a page's state: its value, a setter that navigates to the URL with
 * the new value (removing `resets`), and whether that navigation is under way.
 */
function useUrlParam(param: string, resets: readonly string[]) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const set = (next: string | undefined) => {
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set(param, next);
    else params.delete(param);
    for (const reset of resets) params.delete(reset);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  };
  return { value: searchParams.get(param) ?? undefined, set, pending };
}

/** A filter's caption beside its input. */
function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <span>{label}</span>
      {children}
    </label>
  );
}

export interface UrlFilterProps {
  param: string;
  label: string;
  options: { value: string; label: string }[];
  testId?: string;
  /** What no value means (shown when none is chosen); "all" unless said. */
  placeholder?: string;
  /** Parameters a change removes: the page cursor unless said (add any that hold only for one view, e.g. an order). */
  resets?: readonly string[];
}

/** A select that keeps its value in one URL search parameter. */
export function UrlFilter({ param, label, options, testId, placeholder, resets = PAGE_CURSOR_PARAMS }: UrlFilterProps) {
  const common = useTranslations('common');
  const { value, set, pending } = useUrlParam(param, resets);
  return (
    <Labelled label={label}>
      <Select
        allowClear
        value={value}
        loading={pending}
        placeholder={placeholder ?? common('all')}
        style={{ minWidth: 160 }}
        onChange={(next: string | undefined) => set(next)}
        options={options}
        data-testid={testId}
      />
    </Labelled>
  );
}

type EnumMessages = Messages['enums'];

export interface UrlStatusFilterProps<Kind extends keyof EnumMessages> {
  /** The status enum, e.g. `IdentityCheckStatus`. */
  kind: Kind;
  /** Its values, in the order offered. */
  values: readonly (keyof EnumMessages[Kind] & string)[];
  /** Parameters a change removes besides the page cursor (e.g. an order that depends on the status). */
  alsoResets?: readonly string[];
  /** What the list shows with no status chosen, where that is not all of them (e.g. the open ones): shown then, with "all" (`ALL`) offered first. */
  defaultText?: string;
  /** The filter's test id (`filter-status` unless said). */
  testId?: string;
}

/** The status filter of a list (`?status=`): one of the enum's values, or all (or the list's default, where it has one). */
export function UrlStatusFilter<Kind extends keyof EnumMessages>({ kind, values, alsoResets = [], defaultText, testId = 'filter-status' }: UrlStatusFilterProps<Kind>) {
  const common = useTranslations('common');
  const label = useEnumLabel();
  const options = values.map((value) => ({ value, label: label({ kind, value } as EnumValue) }));
  return (
    <UrlFilter
      param="status"
      label={common('statusFilter')}
      testId={testId}
      placeholder={defaultText}
      resets={[...PAGE_CURSOR_PARAMS, ...alsoResets]}
      options={defaultText === undefined ? options : [{ value: 'ALL', label: common('all') }, ...options]}
    />
  );
}

export interface UrlOrderFilterProps<Kind extends keyof EnumMessages> {
  /** The order enum, e.g. `IdentityCheckOrder`. */
  kind: Kind;
  /** Its values, in the order offered. */
  values: readonly (keyof EnumMessages[Kind] & string)[];
  /** The order the list has when none is chosen: shown then, and not offered. */
  defaultOrder: keyof EnumMessages[Kind] & string;
  label: string;
  testId: string;
  /** The URL parameter (`order` unless said). */
  param?: string;
  /** Parameters a change removes: the page cursor unless said. */
  resets?: readonly string[];
}

/** The order filter of a list (`?order=`): the enum's values other than the list's default order, which is shown when none is chosen. */
export function UrlOrderFilter<Kind extends keyof EnumMessages>({ kind, values, defaultOrder, label, testId, param = 'order', resets }: UrlOrderFilterProps<Kind>) {
  const enumLabel = useEnumLabel();
  const name = (value: string) => enumLabel({ kind, value } as EnumValue);
  return (
    <UrlFilter
      param={param}
      label={label}
      testId={testId}
      placeholder={name(defaultOrder)}
      resets={resets}
      options={values.filter((value) => value !== defaultOrder).map((value) => ({ value, label: name(value) }))}
    />
  );
}

export interface UrlTextFilterProps {
  param: string;
  label: string;
  placeholder: string;
  /** A regular expression (source text) a value must match to be applied, e.g. `^\\d{2,12}$`. */
  pattern?: string;
  testId?: string;
  /** Parameters a change removes: the page cursor unless said. */
  resets?: readonly string[];
}

/** A text box that keeps its value in one URL search parameter; applied on Enter or search. */
export function UrlTextFilter({ param, label, placeholder, pattern, testId, resets = PAGE_CURSOR_PARAMS }: UrlTextFilterProps) {
  const { value, set, pending } = useUrlParam(param, resets);
  const apply = (raw: string) => {
    const next = raw.trim();
    if (next && pattern && !new RegExp(pattern).test(next)) return;
    set(next || undefined);
  };
  return (
    <Labelled label={label}>
      <Input.Search allowClear defaultValue={value ?? ''} placeholder={placeholder} loading={pending} onSearch={apply} style={{ width: 220 }} data-testid={testId} />
    </Labelled>
  );
}
