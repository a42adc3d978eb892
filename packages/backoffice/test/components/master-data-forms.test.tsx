/** @vitest-environment happy-dom */

import type { Customer } from '@kassa/contracts';
import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomerScreen } from '../../src/features/customers/customer-screen.tsx';
import { StaffScreen } from '../../src/features/staff/staff-screen.tsx';
import { BACK_OFFICE_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

const GET: Record<string, unknown> = {
  '/staff': { staff: [{ id: 'S01-cashier', name: 'Sanne', groups: ['Cashier'] }] },
  '/permission-groups': {
    permissionGroups: [
      { name: 'Cashier', permissions: ['createOrder'] },
      { name: 'Manager', permissions: ['createOrder', 'overrideDeposit'] },
    ],
  },
};

function renderScreen(screenToTest: ReactNode, put: ApiClient['put'], language: 'en' | 'nl' = 'en') {
  const get = vi.fn(async (path: string) => {
    if (path in GET) return GET[path];
    throw new ApiError(404, { code: 'NOT_FOUND', message: `no ${path}` });
  }) as unknown as ApiClient['get'];
  const api: ApiClient = { get, getText: vi.fn(), post: vi.fn(), put, delete: vi.fn() };
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nextProvider i18n={createI18n(language, BACK_OFFICE_TRANSLATIONS)}>
        <ServicesProvider services={{ api, session: sessionStore(sessionStorage, 'test.session') }}>
          {screenToTest}
        </ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { get };
}

describe('R-SEC-1: a new staff member in the back office', () => {
  it('is sent create-only (If-None-Match: *) with the groups ticked and the password as typed, then edited from its own address (marked as just created)', async () => {
    const put = vi.fn(async (_path: string, body: unknown) => body) as unknown as ApiClient['put'];
    renderScreen(<StaffScreen />, put);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Staff id'), 'S01-nina');
    await user.type(screen.getByLabelText('Name'), 'Nina');
    await user.click(screen.getByLabelText('Cashier'));
    await user.type(screen.getByLabelText('Password'), 'nina-pass 1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() =>
      expect(put).toHaveBeenCalledExactlyOnceWith(
        '/staff/S01-nina',
        { id: 'S01-nina', name: 'Nina', groups: ['Cashier'], password: 'nina-pass 1' },
        { ifNoneMatch: '*' },
      ),
    );
    await vi.waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe('/staff/S01-nina/edit?created'),
    );
  });

  it('is refused at the staff id when one exists with it, before anything is sent (a PUT would replace it)', async () => {
    const put = vi.fn() as unknown as ApiClient['put'];
    renderScreen(<StaffScreen />, put);
    const user = userEvent.setup();
    const id = await screen.findByLabelText('Staff id');
    await user.type(id, 'S01-cashier');
    await user.type(screen.getByLabelText('Name'), 'Another Sanne');
    await user.type(screen.getByLabelText('Password'), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() =>
      expect(descriptionOf(id)).toBe('S01-cashier exists already. Open it from the list to change it.'),
    );
    expect(put).not.toHaveBeenCalled();
  });

  it.each([
    [
      'en',
      'Staff id',
      'Name',
      'Password',
      'Save',
      'S01-nina was created meanwhile by someone else. Open it from the list to change it.',
    ],
    [
      'nl',
      'Personeelsnummer',
      'Naam',
      'Wachtwoord',
      'Opslaan',
      'S01-nina is intussen door iemand anders aangemaakt. Open het vanuit de lijst om het te wijzigen.',
    ],
  ] as const)(
    "in %s: when someone else created the same staff id meanwhile, shows HQ's 412 at the staff id and stays on the new form",
    async (language, idLabel, nameLabel, passwordLabel, save, text) => {
      const put = vi.fn().mockRejectedValueOnce(
        new ApiError(412, {
          code: 'KEY_TAKEN',
          message: 'staff member id S01-nina exists already',
          field: 'id',
          details: { key: 'S01-nina' },
        }),
      ) as unknown as ApiClient['put'];
      renderScreen(<StaffScreen />, put, language);
      const user = userEvent.setup();
      const id = await screen.findByLabelText(idLabel);
      await user.type(id, 'S01-nina');
      await user.type(screen.getByLabelText(nameLabel), 'Nina');
      await user.type(screen.getByLabelText(passwordLabel), 'nina-pass 1');
      await user.click(screen.getByRole('button', { name: save }));
      await vi.waitFor(() => expect(descriptionOf(id)).toBe(text));
      expect(put).toHaveBeenCalledOnce();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(window.location.pathname).toBe('/');
    },
  );

  it("shows HQ's refusal at the field it names, in Dutch, and one naming no field of the form above it", async () => {
    const put = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(422, { code: 'UNKNOWN_PERMISSION_GROUP', message: 'no group', field: 'groups[0]' }),
      )
      .mockRejectedValueOnce(
        new ApiError(403, { code: 'FORBIDDEN', message: 'not you' }),
      ) as unknown as ApiClient['put'];
    renderScreen(<StaffScreen />, put, 'nl');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Personeelsnummer'), 'S01-nina');
    await user.type(screen.getByLabelText('Naam'), 'Nina');
    await user.click(screen.getByLabelText('Manager'));
    await user.type(screen.getByLabelText('Wachtwoord'), 'nina-pass 1');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('Manager'))).toBe(
        'Deze machtigingsgroep bestaat niet (meer).',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    expect(descriptionOf(screen.getByLabelText('Manager'))).toBe('');
  });
});

describe("a customer's addresses in the back office", () => {
  const ANNA: Customer = {
    number: 'C-1001',
    name: 'Anna de Vries',
    email: 'anna@example.nl',
    phone: null,
    addresses: [
      {
        id: 'C-1001-home',
        name: 'Anna',
        street: 'Prinsengracht 263',
        postalCode: '1016 GV',
        city: 'Amsterdam',
        country: 'NL',
      },
    ],
  };

  it("sends every address, and shows HQ's refusal of the second address's id at that address", async () => {
    GET['/customers/C-1001'] = ANNA;
    const put = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(409, { code: 'ALREADY_EXISTS', message: 'taken', field: 'addresses[1].id' }),
      ) as unknown as ApiClient['put'];
    renderScreen(<CustomerScreen number="C-1001" />, put);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add an address' }));
    await user.type(screen.getByLabelText('Address 2: Street and number'), 'Dam 1');
    await user.type(screen.getByLabelText('Address 2: Postal code'), '1012 JS');
    await user.type(screen.getByLabelText('Address 2: City'), 'Amsterdam');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() =>
      expect(put).toHaveBeenCalledExactlyOnceWith('/customers/C-1001', {
        ...ANNA,
        addresses: [
          ...ANNA.addresses,
          {
            id: 'C-1001-2',
            name: 'Anna de Vries',
            street: 'Dam 1',
            postalCode: '1012 JS',
            city: 'Amsterdam',
            country: 'NL',
          },
        ],
      }),
    );
    await vi.waitFor(() =>
      expect(descriptionOf(screen.getByLabelText('Address 2: Address id'))).toBe(
        'Another customer has an address with this id.',
      ),
    );
    expect(descriptionOf(screen.getByLabelText('Address 1: Address id'))).toBe('');
  });
});
