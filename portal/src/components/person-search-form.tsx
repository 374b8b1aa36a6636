'use client';
/**
 * The person search: a name (characters, pinyin or initials) or ID number, and filters. The
 * search is written into the URL; the page reads it back and queries on the server.
 */
import { Button, Form, Input, Select, Space } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { personSearchHref, type PersonSearch } from '@/lib/person-search.params';
import { IDENTITY_STATUSES, RESCUE_CASE_STATUSES, SEXES } from '@/lib/vocabulary';
import { useEnumLabel } from './enum-tag';

type FormValues = Omit<PersonSearch, 'after'>;

export function PersonSearchForm({ initial }: { initial: PersonSearch }) {
  const t = useTranslations('persons');
  const common = useTranslations('common');
  const label = useEnumLabel();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form] = Form.useForm<FormValues>();

  const go = (values: FormValues) => {
    startTransition(() => router.push(personSearchHref({ ...values, q: values.q?.trim() || undefined })));
  };

  return (
    <Form<FormValues>
      form={form}
      layout="inline"
      initialValues={{ q: initial.q, identityStatus: initial.identityStatus, sex: initial.sex, caseStatus: initial.caseStatus }}
      onFinish={go}
      style={{ rowGap: 12, marginBottom: 16 }}
      data-testid="person-search-form"
      role="search"
    >
      <Form.Item name="q" label={t('searchLabel')}>
        <Input allowClear placeholder={t('searchPlaceholder')} style={{ width: 240 }} data-testid="person-search-input" maxLength={64} />
      </Form.Item>
      <Form.Item name="identityStatus" label={t('identityStatus')}>
        <Select
          allowClear
          placeholder={common('all')}
          style={{ width: 140 }}
          data-testid="filter-identity-status"
          options={IDENTITY_STATUSES.map((value) => ({ value, label: label({ kind: 'IdentityStatus', value }) }))}
        />
      </Form.Item>
      <Form.Item name="sex" label={t('sex')}>
        <Select
          allowClear
          placeholder={common('all')}
          style={{ width: 100 }}
          data-testid="filter-sex"
          options={SEXES.map((value) => ({ value, label: label({ kind: 'Sex', value }) }))}
        />
      </Form.Item>
      <Form.Item name="caseStatus" label={t('caseStatus')}>
        <Select
          allowClear
          placeholder={common('all')}
          style={{ width: 140 }}
          data-testid="filter-case-status"
          options={RESCUE_CASE_STATUSES.map((value) => ({ value, label: label({ kind: 'RescueCaseStatus', value }) }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={pending} data-testid="person-search-submit">
            {common('search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              startTransition(() => router.push('/persons'));
            }}
          >
            {common('reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
