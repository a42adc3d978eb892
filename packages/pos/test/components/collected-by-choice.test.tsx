/** @vitest-environment happy-dom */

import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CollectedBy,
  CollectedByChoice,
  collectedByOf,
  THE_CUSTOMER,
} from '../../src/features/order-operations/collected-by-choice.tsx';
import { POS_TRANSLATIONS } from '../../src/i18n/translations.ts';

afterEach(cleanup);

/** The choice as the pickup form holds it; what the form would send is shown for the test to read. */
function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState<CollectedBy>(THE_CUSTOMER);
  return (
    <>
      <CollectedByChoice
        customerName="Anna de Vries"
        collectors={['Piet de Vries']}
        value={value}
        onChange={setValue}
        error={error}
      />
      <output data-testid="sent">{JSON.stringify(collectedByOf(value) ?? null)}</output>
    </>
  );
}

function renderChoice(language: 'en' | 'nl' = 'en', error?: string) {
  render(
    <I18nextProvider i18n={createI18n(language, POS_TRANSLATIONS)}>
      <Harness {...(error ? { error } : {})} />
    </I18nextProvider>,
  );
}

const sent = () => JSON.parse(screen.getByTestId('sent').textContent ?? 'null');

describe('R-PCK-6: who collects the order, at pickup', () => {
  it('starts with the customer, which sends no name (HQ records the customer)', () => {
    renderChoice();
    expect(
      screen.getByRole('button', { name: 'The customer, Anna de Vries' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(sent()).toEqual({});
  });

  it('offers each person the order names, and sends the one chosen', async () => {
    renderChoice();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Piet de Vries' }));
    expect(screen.getByRole('button', { name: 'Piet de Vries' }).getAttribute('aria-pressed')).toBe('true');
    expect(sent()).toEqual({ collectedBy: 'Piet de Vries' });
  });

  it('takes someone else by a typed name, which must not be empty', async () => {
    renderChoice();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Someone else' }));
    const name = screen.getByLabelText('Name of who collects');
    expect(descriptionOf(name)).toBe('Enter the name of who collects the order.');
    expect(sent()).toBeNull();
    await user.type(name, ' Sanne Bakker ');
    expect(sent()).toEqual({ collectedBy: 'Sanne Bakker' });
  });

  it('shows HQ’s refusal of a typed name at that name, in Dutch when the register is', async () => {
    renderChoice('nl', 'Deze persoon staat niet op de order.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Iemand anders' }));
    expect(descriptionOf(screen.getByLabelText('Naam van wie afhaalt'))).toBe(
      'Deze persoon staat niet op de order.',
    );
    expect(screen.getByRole('button', { name: 'De klant, Anna de Vries' })).toBeTruthy();
  });
});
