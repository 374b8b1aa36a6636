'use client';
/**
 * The caseworker's shelter-referral form: what is known of the victim (all optional but sex),
 * the risk assessment, the children coming with her, needs, and the consent she gave. The
 * idempotency key is made once per form, so a double click or a retry gives one referral.
 */
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { submitReferralAction } from '@/graph/shelter.action';
import { cityWallClockToInstant } from '@/lib/city-time.calendar';
import { useRefusalText } from './change-refusal-alert';
import { CityDateTimePicker } from './city-date-picker';
import { useSavedMessage } from './use-change';

const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
const RISK_FACTORS = ['STRANGULATION', 'WEAPON_THREAT', 'THREATS_TO_KILL', 'ESCALATING_VIOLENCE', 'PREGNANCY', 'CHILDREN_AT_RISK', 'SEPARATION_RECENT', 'STALKING', 'TRAFFICKER_CONTACT', 'SUICIDE_RISK'] as const;
const NEEDS = ['MEDICAL_CARE', 'COUNSELLING', 'LEGAL_ADVICE', 'CHILDCARE', 'INTERPRETER', 'SAFE_TRANSPORT', 'DISABILITY_SUPPORT'] as const;
const SEXES = ['FEMALE', 'MALE', 'UNKNOWN'] as const;

interface Values {
  name?: string;
  sex: (typeof SEXES)[number];
  age?: number;
  ageEstimated?: boolean;
  phone?: string;
  idNumber?: string;
  victimType: 'DOMESTIC_VIOLENCE' | 'TRAFFICKING';
  riskLevel: (typeof RISK_LEVELS)[number];
  riskFactors?: Array<(typeof RISK_FACTORS)[number]>;
  children?: Array<{ ageYears: number; sex?: (typeof SEXES)[number] }>;
  needs?: Array<(typeof NEEDS)[number]>;
  needsNote?: string;
  referringOrganisation: string;
  consentGiven?: boolean;
  consentGivenBy: 'VICTIM' | 'GUARDIAN';
  consentMethod: 'WRITTEN' | 'VERBAL_WITNESSED' | 'ELECTRONIC';
  /** The city's wall clock, `YYYY-MM-DD HH:mm`. */
  consentAt?: string | null;
}

export function ShelterReferralForm({ organisation }: { organisation: string }) {
  const t = useTranslations('shelterWork');
  const describe = useRefusalText();
  const saved = useSavedMessage();
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (values: Values) => {
    setError(null);
    startTransition(async () => {
      const answer = await submitReferralAction({
        idempotencyKey,
        victim: { name: values.name || null, sex: values.sex, age: values.age ?? null, ageEstimated: values.ageEstimated ?? false, phone: values.phone || null, idNumber: values.idNumber || null },
        victimType: values.victimType,
        risk: { level: values.riskLevel, factors: values.riskFactors ?? [] },
        children: (values.children ?? []).map((c) => ({ ageYears: c.ageYears, sex: c.sex ?? 'UNKNOWN' })),
        needs: values.needs ?? [],
        needsNote: values.needsNote || null,
        referringOrganisation: values.referringOrganisation,
        consent: values.consentGiven ? { givenBy: values.consentGivenBy, method: values.consentMethod, at: (values.consentAt && cityWallClockToInstant(values.consentAt)) || new Date().toISOString() } : null,
      });
      if (answer.ok && answer.id) {
        saved();
        router.push(`/shelter-referrals/${answer.id}`);
      }
      else if (!answer.ok) setError(describe(answer.refusal));
    });
  };

  return (
    <Card data-testid="referral-form-card">
      {error ? <Alert type="error" showIcon message={error} data-testid="referral-form-error" style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        layout="vertical"
        onValuesChange={() => setError(null)}
        onFinish={submit}
        initialValues={{ sex: 'FEMALE', victimType: 'DOMESTIC_VIOLENCE', riskLevel: 'HIGH', referringOrganisation: organisation, consentGivenBy: 'VICTIM', consentMethod: 'WRITTEN', children: [] }}
        data-testid="referral-form"
      >
        <Space wrap size="large" align="start">
          <Form.Item name="name" label={t('form.name')}>
            <Input data-testid="referral-name" />
          </Form.Item>
          <Form.Item name="sex" label={t('form.sex')}>
            <Select style={{ width: 120 }} options={SEXES.map((value) => ({ value, label: t(`sex.${value}`) }))} />
          </Form.Item>
          <Form.Item name="age" label={t('form.age')}>
            <InputNumber min={0} max={120} data-testid="referral-age" />
          </Form.Item>
          <Form.Item name="ageEstimated" valuePropName="checked" label=" ">
            <Checkbox>{t('form.ageEstimated')}</Checkbox>
          </Form.Item>
          <Form.Item name="phone" label={t('form.phone')}>
            <Input data-testid="referral-phone" />
          </Form.Item>
          <Form.Item name="idNumber" label={t('form.idNumber')}>
            <Input data-testid="referral-id-number" style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Space wrap size="large" align="start">
          <Form.Item name="victimType" label={t('form.victimType')}>
            <Select style={{ width: 160 }} data-testid="referral-victim-type" options={(['DOMESTIC_VIOLENCE', 'TRAFFICKING'] as const).map((value) => ({ value, label: t(`victimType.${value}`) }))} />
          </Form.Item>
          <Form.Item name="riskLevel" label={t('form.riskLevel')}>
            <Select style={{ width: 120 }} options={RISK_LEVELS.map((value) => ({ value, label: t(`riskLevel.${value}`) }))} />
          </Form.Item>
          <Form.Item name="riskFactors" label={t('form.riskFactors')}>
            <Select mode="multiple" style={{ minWidth: 320 }} options={RISK_FACTORS.map((value) => ({ value, label: t(`riskFactor.${value}`) }))} />
          </Form.Item>
        </Space>
        <Form.List name="children">
          {(fields, { add, remove }) => (
            <Form.Item label={t('form.children')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" data-testid="referral-child">
                  <Form.Item name={[field.name, 'ageYears']} rules={[{ required: true, message: t('form.childAgeRequired') }]}>
                    <InputNumber min={0} max={17} placeholder={t('form.childAge')} data-testid="referral-child-age" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'sex']}>
                    <Select style={{ width: 120 }} placeholder={t('form.sex')} options={SEXES.map((value) => ({ value, label: t(`sex.${value}`) }))} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('form.removeChild')}</Button>
                </Space>
              ))}
              <div>
                <Button onClick={() => add()} data-testid="referral-add-child">
                  {t('form.addChild')}
                </Button>
              </div>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="needs" label={t('form.needs')}>
          <Checkbox.Group options={NEEDS.map((value) => ({ value, label: t(`need.${value}`) }))} />
        </Form.Item>
        <Form.Item name="needsNote" label={t('form.needsNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="referringOrganisation" label={t('form.organisation')} rules={[{ required: true, message: t('form.organisationRequired') }]}>
          <Input style={{ maxWidth: 400 }} />
        </Form.Item>
        <Card size="small" title={t('form.consent')} style={{ marginBottom: 16 }}>
          <Form.Item name="consentGiven" valuePropName="checked">
            <Checkbox data-testid="referral-consent">{t('form.consentGiven')}</Checkbox>
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="consentGivenBy" label={t('form.consentGivenBy')}>
              <Select style={{ width: 140 }} options={(['VICTIM', 'GUARDIAN'] as const).map((value) => ({ value, label: t(`consentGiver.${value}`) }))} />
            </Form.Item>
            <Form.Item name="consentMethod" label={t('form.consentMethod')}>
              <Select style={{ width: 180 }} options={(['WRITTEN', 'VERBAL_WITNESSED', 'ELECTRONIC'] as const).map((value) => ({ value, label: t(`consentMethod.${value}`) }))} />
            </Form.Item>
            <Form.Item name="consentAt" label={t('form.consentAt')}>
              <CityDateTimePicker max="today" data-testid="referral-consent-at" />
            </Form.Item>
          </Space>
        </Card>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="referral-submit">
          {t('form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
