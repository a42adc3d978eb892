/** @vitest-environment happy-dom */

import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManagerOverrideDialog } from '../../src/components/manager-override-dialog.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

function renderDialog(
  errors: Parameters<typeof ManagerOverrideDialog>[0]['errors'] = {},
  language: 'en' | 'nl' = 'en',
) {
  const onApprove = vi.fn();
  const onCancel = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <ManagerOverrideDialog
        action="Approve a deposit of €10.00"
        pending={false}
        errors={errors}
        onApprove={onApprove}
        onCancel={onCancel}
      />
    </I18nextProvider>,
  );
  return { onApprove, onCancel };
}

describe('R-SEC-2: the manager-override dialog', () => {
  it('sends the staff id without surrounding spaces and the password exactly as typed, on Enter', async () => {
    const { onApprove } = renderDialog();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Manager's staff id"), '  M1  ');
    await user.type(screen.getByLabelText("Manager's password"), ' secret ');
    await user.keyboard('{Enter}');
    expect(onApprove).toHaveBeenCalledExactlyOnceWith({ staffId: 'M1', password: ' secret ' });
  });

  it('shows each error at its own input, as the input’s description, and one for the whole form as an alert', () => {
    renderDialog({ staffId: 'Unknown staff id', password: 'Wrong password', form: 'Not allowed' });
    expect(descriptionOf(screen.getByLabelText("Manager's staff id"))).toBe('Unknown staff id');
    expect(descriptionOf(screen.getByLabelText("Manager's password"))).toBe('Wrong password');
    expect(screen.getByLabelText("Manager's password").getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Not allowed');
  });

  it('is in Dutch when the register is, and Cancel approves nothing', async () => {
    const { onApprove, onCancel } = renderDialog({}, 'nl');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onApprove).not.toHaveBeenCalled();
  });
});
