'use client';
/**
 * Choosing a person in a form by typing what staff know of them (a name in characters, pinyin or
 * initials, or an ID number), each choice shown with sex, age and the station of their latest
 * case so two people of one name are told apart. The form receives the person's id.
 */
import { Select, Space, Spin, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { findPersonsToPick } from '@/graph/person-pick.action';
import type { PersonChoiceFragment } from '@/gql/graphql';
import { describeAge, todayIn } from '@/lib/person-age.calculation';
import { useEnumLabel } from './enum-tag';

/** Typing settles for this long before the graph is asked. */
const SEARCH_DELAY_MS = 300;

export interface PersonPickerProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The person the form was opened for, shown by name until the user searches. */
  initial?: PersonChoiceFragment | null;
  'data-testid'?: string;
}

export function PersonPicker({ value, onChange, initial, 'data-testid': testId }: PersonPickerProps) {
  const t = useTranslations('personPicker');
  const tp = useTranslations('persons');
  const label = useEnumLabel();
  const [choices, setChoices] = useState<PersonChoiceFragment[]>(initial ? [initial] : []);
  const [searching, setSearching] = useState(false);
  const [searched, setSearched] = useState('');
  // Only the answer to the latest text counts: an earlier, slower one must not replace it.
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const asked = ++latest.current;
    const trimmed = text.trim();
    setSearched(trimmed);
    if (!trimmed) {
      setSearching(false);
      return;
    }
    setSearching(true);
    timer.current = setTimeout(() => {
      void findPersonsToPick(trimmed).then(
        (found) => {
          if (asked !== latest.current) return;
          // The chosen person stays a choice, so the field keeps showing their name.
          setChoices((before) => [...before.filter((c) => c.id === value), ...found.filter((c) => c.id !== value)]);
          setSearching(false);
        },
        () => {
          if (asked === latest.current) setSearching(false);
        },
      );
    }, SEARCH_DELAY_MS);
  };

  const today = useMemo(() => todayIn('Asia/Shanghai'), []);
  const describe = (person: PersonChoiceFragment) => {
    const age = describeAge(person, today);
    const latestCase = person.rescueCases[0];
    return [
      label({ kind: 'Sex', value: person.sex }),
      age.kind === 'exact' ? tp('ageYears', { age: age.years }) : age.kind === 'estimated' ? tp('ageEstimated', { min: age.min, max: age.max }) : null,
      latestCase ? latestCase.station.name : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <Select<string>
      showSearch
      allowClear
      filterOption={false}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      onSearch={search}
      placeholder={t('placeholder')}
      data-testid={testId}
      style={{ maxWidth: 480 }}
      notFoundContent={searching ? <Spin size="small" /> : searched ? t('none') : t('hint')}
      options={choices.map((person) => ({
        value: person.id,
        label: (
          <Space size="small" data-testid="person-choice" data-person-id={person.id}>
            <span translate="no">{person.displayName}</span>
            <Typography.Text type="secondary">{describe(person)}</Typography.Text>
          </Space>
        ),
      }))}
    />
  );
}
