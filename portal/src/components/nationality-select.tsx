'use client';
/**
 * Choosing a nationality as staff know it, by its name in Chinese or English or by its code; the
 * ICAO 9303 code (ISO 3166 alpha-3, or ICAO's own such as `D`, `XXA`) is what the form sends.
 */
import { Select, type SelectProps } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ICAO_NATIONALITY_CODES, nationalityName } from '@lifeline/identity-documents';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

export function NationalitySelect(props: Props) {
  const locale = useLocale();
  const t = useTranslations('common');
  const options = useMemo(
    () =>
      ICAO_NATIONALITY_CODES.map((code) => {
        const name = nationalityName(code);
        return { value: code, label: `${locale.startsWith('zh') ? name.zh : name.en} (${code})`, search: `${name.zh} ${name.en} ${code}`.toLowerCase() };
      }),
    [locale],
  );
  return (
    <Select<string>
      showSearch
      placeholder={t('nationalityPlaceholder')}
      style={{ maxWidth: 400 }}
      {...props}
      options={options}
      filterOption={(input, option) => (option?.search ?? '').includes(input.trim().toLowerCase())}
    />
  );
}
