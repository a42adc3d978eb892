/** @vitest-environment happy-dom */

import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectorsInput } from '../../src/features/cart/collectors-input.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

function renderInput(
  collectors: string[],
  { language = 'en', error }: { language?: 'en' | 'nl'; error?: string } = {},
) {
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <CollectorsInput collectors={collectors} pending={false} error={error} onChange={onChange} />
    </I18nextProvider>,
  );
  return { onChange };
}

describe('R-PCK-6: naming who else may collect the order, in the cart', () => {
  it('adds a typed name, its spaces tidied, to those already named, with Enter', async () => {
    const { onChange } = renderInput(['Piet de Vries']);
    await userEvent.setup().type(screen.getByLabelText('Name'), '  Sanne   Bakker {Enter}');
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0]).toEqual(['Piet de Vries', 'Sanne Bakker']);
  });

  it('refuses an empty name or one named already at the name’s input, and sends nothing', async () => {
    const { onChange } = renderInput(['Piet de Vries']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(descriptionOf(screen.getByLabelText('Name'))).toBe('Enter a name.');
    await user.type(screen.getByLabelText('Name'), 'piet de vries');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(descriptionOf(screen.getByLabelText('Name'))).toBe('piet de vries is already named.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes one named person by the button that names them', async () => {
    const { onChange } = renderInput(['Piet de Vries', 'Sanne Bakker']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove Piet de Vries' }));
    expect(onChange.mock.calls[0]?.[0]).toEqual(['Sanne Bakker']);
  });

  it('shows the store’s refusal at the name, and speaks Dutch when the register does', () => {
    renderInput([], { language: 'nl', error: 'Controleer deze invoer.' });
    expect(screen.getByText('Alleen de klant.')).toBeTruthy();
    expect(descriptionOf(screen.getByLabelText('Naam'))).toBe('Controleer deze invoer.');
    expect(screen.getByRole('button', { name: 'Toevoegen' })).toBeTruthy();
  });
});
