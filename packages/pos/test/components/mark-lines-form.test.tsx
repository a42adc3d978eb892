/** @vitest-environment happy-dom */

import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LineToPickAndPack } from '../../src/features/pick-pack/lines-to-pick-and-pack.ts';
import { MarkLinesForm } from '../../src/features/pick-pack/mark-lines-form.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

const line = (lineId: string, productId: string, toPick: number, toPack: number): LineToPickAndPack => ({
  lineId,
  productId,
  description: productId === 'BOOT-42' ? 'Hiking boots' : 'Head lamp',
  quantity: 2,
  picked: 2 - toPick,
  packed: 0,
  toPick,
  toPack,
  status: 'open',
});
const LINES = [line('L1', 'BOOT-42', 2, 0), line('L2', 'LAMP-HEAD', 1, 1)];

function renderForm(
  error: ApiError | null = null,
  language: 'en' | 'nl' = 'en',
  operation: 'pick' | 'pack' = 'pick',
) {
  const onMark = vi.fn();
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <MarkLinesForm
        operation={operation}
        version={7}
        lines={LINES}
        pending={false}
        error={error}
        onChange={onChange}
        onMark={onMark}
      />
    </I18nextProvider>,
  );
  return { onMark, onChange };
}

describe('R-PCK-1: marking lines picked or packed', () => {
  it('offers every line with units left to pick, all of them to start with, and sends the quantities typed', async () => {
    const { onMark } = renderForm();
    const user = userEvent.setup();
    const lamp = screen.getByLabelText('LAMP-HEAD Head lamp (to pick: 1)');
    expect((screen.getByLabelText('BOOT-42 Hiking boots (to pick: 2)') as HTMLInputElement).value).toBe('2');
    await user.clear(lamp);
    await user.type(lamp, '0');
    await user.click(screen.getByRole('button', { name: 'Mark as picked' }));
    expect(onMark).toHaveBeenCalledExactlyOnceWith({ version: 7, lines: [{ lineId: 'L1', quantity: 2 }] });
  });

  it('refuses more than is left at the line’s input, and sends nothing', async () => {
    const { onMark } = renderForm();
    const user = userEvent.setup();
    const boots = screen.getByLabelText('BOOT-42 Hiking boots (to pick: 2)');
    await user.clear(boots);
    await user.type(boots, '3');
    expect(descriptionOf(boots)).toBe('Enter a whole number, at most what is left to pick.');
    expect((screen.getByRole('button', { name: 'Mark as picked' }) as HTMLButtonElement).disabled).toBe(true);
    expect(onMark).not.toHaveBeenCalled();
  });

  it('shows HQ’s refusal of the i-th line sent at that line', () => {
    renderForm(
      new ApiError(422, {
        code: 'QUANTITY_ABOVE_UNPICKED',
        message: '1 left',
        field: 'lines[1].quantity',
        details: { unpicked: 0, requested: 1 },
      }),
    );
    expect(descriptionOf(screen.getByLabelText('LAMP-HEAD Head lamp (to pick: 1)'))).toBe(
      'That is more than is left to pick of this line (0).',
    );
  });

  it('says plainly, in Dutch too, that another associate changed the order when HQ answers a conflict', () => {
    renderForm(new ApiError(409, { code: 'VERSION_CONFLICT', message: 'changed', field: 'version' }), 'nl');
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Iemand anders heeft deze order intussen gewijzigd/,
    );
  });

  it('packs only what is picked and not packed', () => {
    renderForm(null, 'en', 'pack');
    expect(screen.queryByLabelText(/^BOOT-42/)).toBeNull();
    expect((screen.getByLabelText('LAMP-HEAD Head lamp (to pack: 1)') as HTMLInputElement).value).toBe('1');
  });
});
