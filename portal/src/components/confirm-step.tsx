'use client';
/**
 * Asking before a step that cannot be undone: a modal that names the step and its consequence;
 * the step runs only when the user confirms. Buttons carry `confirm-ok` / `confirm-cancel` test ids.
 */
import { App } from 'antd';
import { useTranslations } from 'next-intl';

export interface StepToConfirm {
  /** The question, naming the step ("Close this case?"). */
  title: string;
  /** What follows and cannot be taken back. */
  consequence: string;
  /** The confirming button's text (the step's name). */
  okText: string;
  /** A red confirming button (a refusal, a discharge, a closure). */
  danger?: boolean;
}

/** A function that asks `step` and runs `onConfirm` only when the user confirms. */
export function useConfirmStep(): (step: StepToConfirm, onConfirm: () => void) => void {
  const { modal } = App.useApp();
  const t = useTranslations('operations.confirm');
  return (step, onConfirm) => {
    modal.confirm({
      title: step.title,
      content: <span data-testid="confirm-consequence">{step.consequence}</span>,
      okText: step.okText,
      cancelText: t('cancel'),
      okButtonProps: { danger: step.danger, 'data-testid': 'confirm-ok' } as never,
      cancelButtonProps: { 'data-testid': 'confirm-cancel' } as never,
      onOk: onConfirm,
    });
  };
}
