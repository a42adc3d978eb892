import type { ManagerOverride } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { ManagerOverrideDialog } from '../../components/manager-override-dialog.tsx';

/**
 * The manager-override dialog for a cancellation: the refusal of the request the credentials went with
 * is shown at the staff id, at the password, or above both.
 */
export function CancelApproval({
  action,
  pending,
  error,
  onApprove,
  onCancel,
}: {
  action: string;
  pending: boolean;
  error: ApiError | null | undefined;
  onApprove: (override: ManagerOverride) => void;
  onCancel: () => void;
}) {
  const errorText = useErrorText();
  const errors = !error
    ? {}
    : error.field === 'managerOverride.staffId'
      ? { staffId: errorText(error) }
      : error.field?.startsWith('managerOverride')
        ? { password: errorText(error) }
        : { form: errorText(error) };
  return (
    <ManagerOverrideDialog
      action={action}
      pending={pending}
      errors={errors}
      onApprove={onApprove}
      onCancel={onCancel}
    />
  );
}
