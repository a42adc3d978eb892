/** @vitest-environment happy-dom */

import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { quantities } from '@kassa/web-kit/testing/quantities.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EditDraft, EMPTY_DRAFT } from '../../src/features/order-edit/edit-draft.ts';
import { EditLines } from '../../src/features/order-edit/edit-lines.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

const PICKUP = { kind: 'pickup', storeId: 'S01', date: '2026-12-01' } as const;

const ORDER = {
  id: 'O1',
  version: 1,
  type: 'customerOrder',
  status: 'partiallyDelivered',
  lines: [
    {
      id: 'L1',
      productId: 'BOOT-42',
      description: 'Boots',
      unitPrice: 12950,
      delivery: PICKUP,
      quantities: quantities({ ordered: 4, delivered: 2 }),
    },
    {
      id: 'L2',
      productId: 'MAP',
      description: 'Map',
      unitPrice: 1295,
      delivery: { kind: 'carryOut' },
      quantities: quantities({ ordered: 1, delivered: 1 }),
    },
    {
      id: 'L3',
      productId: 'TENT-2P',
      description: 'Tent',
      unitPrice: 19999,
      delivery: PICKUP,
      quantities: quantities({ ordered: 1 }),
    },
  ],
  shipments: [],
  charges: [],
} as unknown as OrderDetails;

function renderLines(draft: EditDraft = EMPTY_DRAFT, errors = {}, language: 'en' | 'nl' = 'en') {
  const handlers = {
    onSelect: vi.fn(),
    onLineChange: vi.fn(),
    onNewLineChange: vi.fn(),
    onDropNewLine: vi.fn(),
  };
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <EditLines
        order={ORDER}
        draft={draft}
        options={{ today: '2026-11-27', pickupStores: [{ id: 'S01', name: 'Amsterdam' }], shippingModes: [] }}
        selected={new Set(['L3'])}
        errors={errors}
        {...handlers}
      />
    </I18nextProvider>,
  );
  return handlers;
}

describe('R-EDT-1: the lines of an edit', () => {
  it('lists the open lines only, with the quantity ordered and what cannot go below it', () => {
    renderLines();
    expect(screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([
      '4',
      '1',
    ]);
    expect(screen.queryByText('Map')).toBeNull();
    expect(screen.getByText('2 delivered and 0 cancelled stay: not fewer than 2.')).toBeTruthy();
    expect(screen.getAllByText('Pick up at S01 Amsterdam on 1 Dec 2026')).toHaveLength(2);
  });

  it('shows HQ’s refusal at the quantity it is about, and one about the line as a whole under it', () => {
    renderLines(EMPTY_DRAFT, { 'quantity:L1': 'Not fewer than 2', 'line:L3': 'Not enough stock' });
    expect(descriptionOf(screen.getByLabelText('Quantity of BOOT-42 Boots'))).toBe('Not fewer than 2');
    expect(screen.getByRole('alert').textContent).toBe('Not enough stock');
  });

  it('removes, keeps and selects a line with buttons large enough to touch', async () => {
    const user = userEvent.setup();
    const { onLineChange, onSelect } = renderLines();
    await user.click(screen.getByRole('button', { name: 'Remove BOOT-42 Boots' }));
    expect(onLineChange).toHaveBeenCalledWith('L1', { removed: true });
    expect(
      screen
        .getByRole('button', { name: 'Select TENT-2P Tent to change its delivery' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Select BOOT-42 Boots to change its delivery' }));
    expect(onSelect).toHaveBeenCalledWith('L1');
  });

  it('shows a removed line struck through with a way to keep it, in Dutch when the register is', async () => {
    const { onLineChange } = renderLines({ ...EMPTY_DRAFT, lines: { L1: { removed: true } } }, {}, 'nl');
    expect(screen.queryByLabelText('Aantal van BOOT-42 Boots')).toBeNull();
    expect(screen.getByText('Verwijderd: wat van deze regel nog openstaat, wordt geannuleerd.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'BOOT-42 Boots behouden' }));
    expect(onLineChange).toHaveBeenCalledWith('L1', { removed: false });
  });
});
