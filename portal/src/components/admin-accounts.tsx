'use client';
/**
 * The administrator's account list: each account's agency, org unit, jurisdiction, roles, state
 * and last sign-in, with its steps (change roles and jurisdiction; unlock, reset the password,
 * disable or enable after a confirmation), and the form for a new account. A password the
 * identity service generates is shown once above the list.
 */
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState, type HTMLAttributes } from 'react';
import { accountStep, changeAccountGrant, createAccount } from '@/app/admin/admin.action';
import { type AdminAccount } from '@/session/identity-admin.client';
import { KNOWN_AGENCIES, KNOWN_ROLES } from '@/session/role-navigation';
import { AdminRefusalAlert, AdminSecretNotice, useAdminStep } from './admin-step';
import { useRecordFormatters } from './record-formatters';

/** Account names as the identity service accepts them. */
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$/;
/** Administrative-division codes: county 6 digits, township 9, village 12. */
const JURISDICTION_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

type Step = 'unlock' | 'resetPassword' | 'disable' | 'enable';
const STEP_PATHS: Record<Step, 'unlock' | 'reset-password' | 'disable' | 'enable'> = { unlock: 'unlock', resetPassword: 'reset-password', disable: 'disable', enable: 'enable' };

interface NewAccountForm {
  username: string;
  displayName: string;
  agency: string;
  orgUnit?: string;
  jurisdiction?: string;
  roles: string[];
  password?: string;
}

interface GrantForm {
  roles: string[];
  jurisdiction?: string;
  orgUnit?: string;
}

export function AdminAccounts({ accounts }: { accounts: AdminAccount[] }) {
  const t = useTranslations('admin');
  const session = useTranslations('session');
  const format = useRecordFormatters();
  const { run, pending, refusal, clearRefusal, secret, showSecret, hideSecret } = useAdminStep();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminAccount | null>(null);
  const [createForm] = Form.useForm<NewAccountForm>();
  const [grantForm] = Form.useForm<GrantForm>();

  const roleOptions = KNOWN_ROLES.map((role) => ({ value: role, label: session(`roles.${role}`) }));
  const agencyOptions = KNOWN_AGENCIES.map((agency) => ({ value: agency, label: session(`agencies.${agency}`) }));
  const roleLabel = (role: string) => (KNOWN_ROLES.find((known) => known === role) ? session(`roles.${role as (typeof KNOWN_ROLES)[number]}`) : role);
  const agencyLabel = (agency: string) => (KNOWN_AGENCIES.find((known) => known === agency) ? session(`agencies.${agency as (typeof KNOWN_AGENCIES)[number]}`) : agency);

  const submitNew = (values: NewAccountForm) =>
    run(
      () => createAccount({ username: values.username, displayName: values.displayName, agency: values.agency, orgUnit: values.orgUnit ?? '', jurisdiction: values.jurisdiction ?? '', roles: values.roles, password: values.password ?? '' }),
      t('accounts.done.created', { username: values.username }),
      (generated) => {
        if (generated) showSecret({ kind: 'password', owner: values.username, value: generated });
        else hideSecret();
        createForm.resetFields();
        setCreating(false);
      },
    );

  const submitGrant = (values: GrantForm) => {
    if (!editing) return;
    const { username } = editing;
    run(() => changeAccountGrant(username, { roles: values.roles, jurisdiction: values.jurisdiction ?? '', orgUnit: values.orgUnit ?? '' }), t('accounts.done.grantChanged', { username }), () => setEditing(null));
  };

  const doStep = (account: AdminAccount, step: Step) =>
    run(() => accountStep(account.username, STEP_PATHS[step]), t(`accounts.done.${step}`, { username: account.username }), (generated) => {
      if (generated) showSecret({ kind: 'password', owner: account.username, value: generated });
    });

  const confirmed = (account: AdminAccount, step: Step, danger = false) => (
    <Popconfirm
      key={step}
      title={t(`accounts.confirm.${step}.title`, { username: account.username })}
      description={<span style={{ display: 'inline-block', maxWidth: 280 }}>{t(`accounts.confirm.${step}.description`)}</span>}
      okText={t(`accounts.confirm.${step}.ok`)}
      cancelText={t('cancel')}
      okButtonProps={{ danger, 'data-testid': 'admin-confirm-ok' } as never}
      onConfirm={() => doStep(account, step)}
    >
      <Button size="small" danger={danger} disabled={pending} data-testid={`admin-account-${step}`}>
        {t(`accounts.actions.${step}`)}
      </Button>
    </Popconfirm>
  );

  const columns = [
    { key: 'username', title: t('accounts.columns.username'), render: (_: unknown, a: AdminAccount) => <Typography.Text strong translate="no">{a.username}</Typography.Text> },
    { key: 'displayName', title: t('accounts.columns.displayName'), dataIndex: 'displayName' },
    { key: 'agency', title: t('accounts.columns.agency'), render: (_: unknown, a: AdminAccount) => agencyLabel(a.agency) },
    { key: 'orgUnit', title: t('accounts.columns.orgUnit'), render: (_: unknown, a: AdminAccount) => a.orgUnit ?? format.none },
    { key: 'jurisdiction', title: t('accounts.columns.jurisdiction'), render: (_: unknown, a: AdminAccount) => a.jurisdiction ?? format.none },
    {
      key: 'roles',
      title: t('accounts.columns.roles'),
      render: (_: unknown, a: AdminAccount) => (
        <Space size={4} wrap>
          {a.roles.map((role) => (
            <Tag key={role} data-testid="admin-account-role" data-value={role}>
              {roleLabel(role)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('accounts.columns.status'),
      render: (_: unknown, a: AdminAccount) => (
        <Space size={4} wrap data-testid="admin-account-status">
          {a.disabled ? <Tag color="default">{t('accounts.status.disabled')}</Tag> : <Tag color="green">{t('accounts.status.active')}</Tag>}
          {a.locked ? <Tag color="red">{t('accounts.status.locked', { until: format.dateTime(a.lockedUntil) })}</Tag> : null}
          {a.failedAttempts > 0 ? <Tag color="orange">{t('accounts.status.failedAttempts', { count: a.failedAttempts })}</Tag> : null}
        </Space>
      ),
    },
    { key: 'lastSignIn', title: t('accounts.columns.lastSignIn'), render: (_: unknown, a: AdminAccount) => (a.lastSignInAt ? format.dateTime(a.lastSignInAt) : t('accounts.neverSignedIn')) },
    {
      key: 'actions',
      title: t('accounts.columns.actions'),
      render: (_: unknown, a: AdminAccount) => (
        <Space size={4} wrap>
          <Button
            size="small"
            disabled={pending}
            data-testid="admin-account-edit"
            onClick={() => {
              clearRefusal();
              setEditing(a);
            }}
          >
            {t('accounts.actions.edit')}
          </Button>
          {a.locked || a.failedAttempts > 0 ? confirmed(a, 'unlock') : null}
          {confirmed(a, 'resetPassword', true)}
          {a.disabled ? confirmed(a, 'enable') : confirmed(a, 'disable', true)}
        </Space>
      ),
    },
  ];

  return (
    <>
      <AdminRefusalAlert refusal={refusal} onClose={clearRefusal} />
      <AdminSecretNotice secret={secret} onDismiss={hideSecret} />
      <div style={{ marginBottom: 16 }}>
        {creating ? null : (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="admin-account-new">
            {t('accounts.create.open')}
          </Button>
        )}
      </div>
      {creating ? (
        <Card title={t('accounts.create.title')} style={{ marginBottom: 16 }} data-testid="admin-account-form">
          <Form<NewAccountForm> form={createForm} layout="vertical" onFinish={submitNew} onValuesChange={clearRefusal} style={{ maxWidth: 560 }}>
            <Form.Item name="username" label={t('accounts.create.username')} extra={t('accounts.create.usernameHelp')} rules={[{ required: true, message: t('validation.required') }, { pattern: USERNAME_PATTERN, message: t('validation.usernameFormat') }]}>
              <Input autoComplete="off" data-testid="admin-account-username" />
            </Form.Item>
            <Form.Item name="displayName" label={t('accounts.create.displayName')} rules={[{ required: true, whitespace: true, max: 100, message: t('validation.required') }]}>
              <Input data-testid="admin-account-display-name" />
            </Form.Item>
            <Form.Item name="agency" label={t('accounts.create.agency')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={agencyOptions} data-testid="admin-account-agency" />
            </Form.Item>
            <Form.Item name="roles" label={t('accounts.create.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.rolesRequired') }]}>
              <Select mode="multiple" options={roleOptions} data-testid="admin-account-roles" />
            </Form.Item>
            <Form.Item name="orgUnit" label={t('accounts.create.orgUnit')} rules={[{ max: 100 }]}>
              <Input data-testid="admin-account-org-unit" />
            </Form.Item>
            <Form.Item name="jurisdiction" label={t('accounts.create.jurisdiction')} extra={t('accounts.create.jurisdictionHelp')} rules={[{ pattern: JURISDICTION_PATTERN, message: t('validation.jurisdictionFormat') }]}>
              <Input inputMode="numeric" data-testid="admin-account-jurisdiction" />
            </Form.Item>
            <Form.Item name="password" label={t('accounts.create.password')} extra={t('accounts.create.passwordHelp')} rules={[{ min: 8, message: t('validation.passwordTooShort') }]}>
              <Input.Password autoComplete="new-password" data-testid="admin-account-password" />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={pending} data-testid="admin-account-submit">
                {t('accounts.create.submit')}
              </Button>
              <Button onClick={() => setCreating(false)}>{t('cancel')}</Button>
            </Space>
          </Form>
        </Card>
      ) : null}
      <Table<AdminAccount>
        data-testid="admin-accounts"
        rowKey="username"
        size="small"
        columns={columns}
        dataSource={accounts}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('accounts.empty') }}
        onRow={(a) => ({ 'data-testid': 'admin-account-row', 'data-username': a.username, 'data-disabled': a.disabled, 'data-locked': a.locked }) as HTMLAttributes<HTMLElement>}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('accounts.grant.title', { username: editing.username }) : null}
        okText={t('accounts.grant.submit')}
        cancelText={t('cancel')}
        confirmLoading={pending}
        okButtonProps={{ 'data-testid': 'admin-grant-submit' } as never}
        onOk={() => grantForm.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form<GrantForm>
          key={editing?.username}
          form={grantForm}
          layout="vertical"
          onFinish={submitGrant}
          preserve={false}
          initialValues={editing ? { roles: editing.roles, jurisdiction: editing.jurisdiction ?? '', orgUnit: editing.orgUnit ?? '' } : {}}
        >
          <Form.Item name="roles" label={t('accounts.create.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.rolesRequired') }]}>
            <Select mode="multiple" options={roleOptions} data-testid="admin-grant-roles" />
          </Form.Item>
          <Form.Item name="jurisdiction" label={t('accounts.create.jurisdiction')} extra={t('accounts.create.jurisdictionHelp')} rules={[{ pattern: JURISDICTION_PATTERN, message: t('validation.jurisdictionFormat') }]}>
            <Input inputMode="numeric" data-testid="admin-grant-jurisdiction" />
          </Form.Item>
          <Form.Item name="orgUnit" label={t('accounts.create.orgUnit')} rules={[{ max: 100 }]}>
            <Input data-testid="admin-grant-org-unit" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
