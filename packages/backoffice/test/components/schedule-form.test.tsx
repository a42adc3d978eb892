import type { JobSchedule } from '@kassa/contracts';
/** @vitest-environment happy-dom */

import type { ApiClient } from '@kassa/web-kit/api/api-client.ts';
import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { createI18n } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { descriptionOf } from '@kassa/web-kit/testing/description-of.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScheduleForm } from '../../src/features/jobs/schedule-form.tsx';
import { BACK_OFFICE_TRANSLATIONS } from '../../src/i18n/translations.ts';
import { ServicesProvider } from '../../src/services.tsx';

afterEach(cleanup);

const MANUAL: JobSchedule = {
  job: 'p-job',
  description: "P-job: pull every store's new transactions into staging (R-ASY-3)",
  intervalSeconds: null,
  enabled: true,
  lastStartedAt: null,
  nextRunAt: null,
};

function renderForm(put: ApiClient['put'], schedule: JobSchedule = MANUAL, language: 'en' | 'nl' = 'en') {
  const api: ApiClient = { get: vi.fn(), getText: vi.fn(), post: vi.fn(), put, delete: vi.fn() };
  const queryClient = new QueryClient();
  queryClient.setQueryData(['schedules'], { schedules: [schedule] });
  render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={createI18n(language, BACK_OFFICE_TRANSLATIONS)}>
        <ServicesProvider services={{ api, session: sessionStore(sessionStorage, 'test.session') }}>
          <ScheduleForm
            path="/batch-jobs/schedules"
            listKey={['schedules']}
            schedule={schedule}
            jobName="P-job"
          />
        </ServicesProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return queryClient;
}

describe("decision 0009: a job's schedule", () => {
  it('saves an interval in seconds with the schedule on, by PUT to the job, and keeps what HQ saved in the list', async () => {
    const saved = { ...MANUAL, intervalSeconds: 300, nextRunAt: '2026-11-27T10:05:00.000Z' };
    const put = vi.fn(async () => saved) as unknown as ApiClient['put'];
    const queryClient = renderForm(put);
    const user = userEvent.setup();
    expect(screen.getByText('Only when run by hand')).toBeTruthy();
    await user.type(screen.getByLabelText('Interval (seconds)'), '300{Enter}');
    expect(put).toHaveBeenCalledExactlyOnceWith('/batch-jobs/schedules/p-job', {
      intervalSeconds: 300,
      enabled: true,
    });
    await vi.waitFor(() => expect(queryClient.getQueryData(['schedules'])).toEqual({ schedules: [saved] }));
    expect(screen.getByRole('status').textContent).toBe('Saved. P-job runs by this schedule from now on.');
  });

  it('sends a blank interval as manual only, and a paused schedule as not enabled', async () => {
    const put = vi.fn(async (_path: string, body: object) => ({
      ...MANUAL,
      ...body,
    })) as unknown as ApiClient['put'];
    renderForm(put, { ...MANUAL, intervalSeconds: 60 });
    const user = userEvent.setup();
    expect(screen.getByText('Every minute')).toBeTruthy();
    await user.clear(screen.getByLabelText('Interval (seconds)'));
    await user.selectOptions(screen.getByLabelText('Schedule'), 'Paused');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(put).toHaveBeenCalledExactlyOnceWith('/batch-jobs/schedules/p-job', {
      intervalSeconds: null,
      enabled: false,
    });
  });

  it('refuses an interval outside 10 s to a day at the field, in Dutch too, sending nothing', async () => {
    const put = vi.fn() as unknown as ApiClient['put'];
    renderForm(put, MANUAL, 'nl');
    const interval = screen.getByLabelText('Interval (seconden)');
    await userEvent.setup().type(interval, '5{Enter}');
    expect(put).not.toHaveBeenCalled();
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(interval)).toBe(
      'Vul een heel aantal seconden in van 10 tot 86400, of laat het leeg om alleen met de hand uit te voeren.',
    );
  });

  it("shows HQ's refusal of the interval at the interval, in the form's words", async () => {
    const put = vi.fn(async () => {
      throw new ApiError(400, {
        code: 'VALIDATION_FAILED',
        message: 'intervalSeconds must be a whole number from 10 to 86400, or null',
        field: 'intervalSeconds',
      });
    }) as unknown as ApiClient['put'];
    renderForm(put);
    const interval = screen.getByLabelText('Interval (seconds)');
    await userEvent.setup().type(interval, '600{Enter}');
    await vi.waitFor(() => expect(interval.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(interval)).toBe(
      'Enter a whole number of seconds from 10 to 86400, or leave it blank to run only by hand.',
    );
  });
});
