import type { ManagerOverride } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../services.tsx';
import { CancelApproval } from '../order-operations/cancel-approval.tsx';
import styles from '../order-operations/operations.module.css';

/**
 * R-SEC-1, R-SEC-2: may the associate edit the order, or has a manager approved this edit? The store
 * checks the manager's credentials for `editOrder` at once, so a wrong password is said in the dialog
 * before anything is previewed. The credentials then go with every preview and the save (the store
 * refuses even a preview without the permission), and HQ's history names the manager as the one who
 * approved the edit. They stay in this screen's state only: leaving it forgets them.
 */
export function useEditApproval() {
  const { api } = useServices();
  const permissions: readonly string[] = useSession().session?.permissions ?? [];
  const [approval, setApproval] = useState<ManagerOverride>();
  const [asking, setAsking] = useState(false);
  const approve = useMutation<unknown, ApiError, ManagerOverride>({
    mutationFn: (managerOverride) =>
      api.post('/authorizations', { permission: 'editOrder', managerOverride }, ''),
    onSuccess: (_granted, managerOverride) => {
      setApproval(managerOverride);
      setAsking(false);
    },
  });
  return {
    /** The associate holds `editOrder`, or a manager approved. */
    mayEdit: permissions.includes('editOrder') || approval !== undefined,
    /** What the requests carry: the manager's credentials, once approved. */
    override: approval ? { managerOverride: approval } : {},
    approvedBy: approval?.staffId,
    asking,
    ask: () => setAsking(true),
    approve,
    close: () => {
      setAsking(false);
      approve.reset();
    },
  };
}

export type EditApprovalState = ReturnType<typeof useEditApproval>;

/** The way to a manager's approval for an associate who may not edit, and who approved once one did. */
export function EditApproval({ state, orderNumber }: { state: EditApprovalState; orderNumber: string }) {
  const { t } = useTranslation();
  return (
    <>
      {state.mayEdit ? null : (
        <div className={styles.actions}>
          <p className={styles.hint}>{t('operations.edit.notPermitted')}</p>
          <Button onClick={state.ask}>{t('operations.edit.askManager')}</Button>
        </div>
      )}
      {state.approvedBy ? (
        <p role="status">{t('operations.edit.approvedBy', { manager: state.approvedBy })}</p>
      ) : null}
      {state.asking ? (
        <CancelApproval
          action={t('operations.edit.approveEdit', { number: orderNumber })}
          pending={state.approve.isPending}
          error={state.approve.error}
          onApprove={(override) => state.approve.mutate(override)}
          onCancel={state.close}
        />
      ) : null}
    </>
  );
}
