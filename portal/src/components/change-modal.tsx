'use client';
/**
 * A modal form that runs a server action and shows its refusal in place. A creating change gets
 * the form's idempotency key (one per submission, kept for its retries; renewed after a success or
 * a refusal of the key itself); a success says "saved" and closes the dialog. With `confirm`, a
 * step that cannot be undone is asked about (naming its consequence) before it runs.
 */
import { Alert, Button, Form, Modal, Space, type FormInstance } from 'antd';
import { useState, useTransition } from 'react';
import { type ChangeAnswer } from '@/graph/change-answer';
import { useRefusalText } from './change-refusal-alert';
import { useConfirmStep, type StepToConfirm } from './confirm-step';
import { useSavedMessage } from './use-change';
import { refusesKey, useIdempotencyKey } from './use-idempotency-key';

export interface ChangeModalProps<T extends object> {
  open: boolean;
  title: string;
  onClose: () => void;
  /** The change; a creating one sends `idempotencyKey` (one per submission, kept for its retries). */
  run: (values: T, idempotencyKey: string) => Promise<ChangeAnswer>;
  children: React.ReactNode;
  /** The form's test id. */
  testId: string;
  submitTestId: string;
  submitText: string;
  cancelText: string;
  initialValues?: Partial<T>;
  confirm?: (values: T) => StepToConfirm;
  /** A form kept outside the dialog keeps what was typed when the dialog is cancelled; it is reset after a success. */
  form?: FormInstance<T>;
}

export function ChangeModal<T extends object>({
  open,
  title,
  onClose,
  run,
  children,
  testId,
  submitTestId,
  submitText,
  cancelText,
  initialValues,
  confirm: confirmOf,
  form,
}: ChangeModalProps<T>) {
  const describe = useRefusalText();
  const confirm = useConfirmStep();
  const saved = useSavedMessage();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { idempotencyKey, renew } = useIdempotencyKey();
  const change = (values: T) =>
    startTransition(async () => {
      const outcome = await run(values, idempotencyKey);
      if (outcome.ok) {
        setRefusal(null);
        saved();
        renew();
        form?.resetFields();
        onClose();
      } else {
        if (refusesKey(outcome.refusal)) renew();
        setRefusal(describe(outcome.refusal));
      }
    });
  const submit = (values: T) => (confirmOf ? confirm(confirmOf(values), () => change(values)) : change(values));
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<T> form={form} layout="vertical" onValuesChange={() => setRefusal(null)} onFinish={submit} disabled={pending} data-testid={testId} initialValues={initialValues}>
        {refusal ? <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="change-refused" /> : null}
        {children}
        <Space>
          <Button type="primary" htmlType="submit" loading={pending} data-testid={submitTestId}>
            {submitText}
          </Button>
          <Button onClick={onClose}>{cancelText}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
