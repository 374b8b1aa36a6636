'use client';
/**
 * Choosing an administrative division from the region's own (city → district/county → township or
 * street, as the network's stations name them) instead of typing its code: the form receives the
 * code (`379902`, or `379902001` where a township may be chosen). Searchable by name or by the
 * first digits of a code.
 */
import { Cascader, Form } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo, type CSSProperties } from 'react';
import type { RegionStations } from '@/graph/region.action';
import { divisionPath, divisionTree, isCityCode, type DivisionNode } from '@/lib/region-map.geometry';
import { useRegionStations } from './use-region-stations';

interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

/** How deep a choice goes: a district or county only, or a township or street as well. */
export type DivisionDepth = 'district' | 'township';

function optionsOf(nodes: DivisionNode[], depth: DivisionDepth, within?: string[], level = 0): CascaderOption[] {
  // Level 0 is the city, 1 a district or county, 2 a township or street.
  const shown = level === 1 && within ? nodes.filter((node) => within.includes(node.code)) : nodes;
  return shown.map((node) => {
    const deeper = level < (depth === 'district' ? 1 : 2) && node.children.length > 0;
    return { value: node.code, label: node.name, ...(deeper ? { children: optionsOf(node.children, depth, within, level + 1) } : {}) };
  });
}

/** The cascader's options and the tree they come from, for the region's stations. */
function useDivisionOptions(given: RegionStations | null | undefined, depth: DivisionDepth, within?: string[]) {
  const loaded = useRegionStations(given !== undefined);
  const stations = given === undefined ? loaded : given;
  return useMemo(() => {
    const tree = divisionTree(stations ?? []);
    return { tree, options: optionsOf(tree, depth, within), loading: stations === null };
  }, [stations, depth, within]);
}

const filter = (input: string, path: Array<{ label?: unknown; value?: unknown }>) =>
  path.some((option) => String(option.label ?? '').includes(input.trim()) || String(option.value ?? '').startsWith(input.trim()));

interface CommonProps {
  depth: DivisionDepth;
  /** The region's stations when the form has them (`null` while it loads them); else the picker asks the graph. */
  stations?: RegionStations | null;
  /** Only these districts or counties (and what lies in them) are offered. */
  within?: string[];
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

/** One division: the form holds its code. */
export function DivisionCascader({ value, onChange, depth, stations, within, placeholder, style, disabled, id, 'data-testid': testId }: CommonProps & { value?: string | null; onChange?: (code: string | null) => void }) {
  const t = useTranslations('pickers.division');
  const { tree, options, loading } = useDivisionOptions(stations, depth, within);
  const path = value ? divisionPath(value, tree) : null;
  return (
    <Cascader<CascaderOption>
      id={id}
      options={options}
      loading={loading}
      disabled={disabled}
      value={path ?? undefined}
      // A district may be chosen without going on to its townships; a city is never a choice.
      changeOnSelect={depth === 'township'}
      onChange={(next) => {
        const code = next?.at(-1);
        onChange?.(typeof code === 'string' && !isCityCode(code) ? code : null);
      }}
      showSearch={{ filter }}
      placeholder={value && !path ? value : (placeholder ?? t('placeholder'))}
      notFoundContent={t('none')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}

/** Several districts or counties: the form holds their codes. */
export function DistrictsCascader({ value, onChange, stations, within, placeholder, style, disabled, id, 'data-testid': testId }: Omit<CommonProps, 'depth'> & { value?: string[]; onChange?: (codes: string[]) => void }) {
  const t = useTranslations('pickers.division');
  const { tree, options, loading } = useDivisionOptions(stations, 'district', within);
  const paths = (value ?? []).map((code) => divisionPath(code, tree)).filter((path): path is string[] => path !== null);
  return (
    <Cascader<CascaderOption>
      id={id}
      multiple
      options={options}
      loading={loading}
      disabled={disabled}
      value={paths}
      // Ticking the city ticks each of its districts: the form holds district codes only.
      showCheckedStrategy={Cascader.SHOW_CHILD}
      onChange={(next) => onChange?.(next.map((p) => p.at(-1)).filter((code): code is string => typeof code === 'string' && !isCityCode(code)))}
      showSearch={{ filter }}
      placeholder={placeholder ?? t('placeholderMany')}
      notFoundContent={t('none')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}

/**
 * A cascader beside a typed code field of the same form (a destination that may lie outside the
 * city): choosing a division of the city fills the field; a code typed there shows here when the
 * city has it.
 */
export function DivisionCodeFiller({ name, label, extra, 'data-testid': testId }: { name: string; label: string; extra?: string; 'data-testid'?: string }) {
  const form = Form.useFormInstance();
  const code = Form.useWatch<string | undefined>(name, form);
  return (
    <Form.Item label={label} extra={extra}>
      <DivisionCascader depth="district" value={code} onChange={(next) => form.setFieldValue(name, next ?? undefined)} data-testid={testId} />
    </Form.Item>
  );
}
