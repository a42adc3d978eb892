import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { BatchJobsScreen } from '../features/batch-jobs/batch-jobs-screen.tsx';
import { CommerceParametersScreen } from '../features/commerce-parameters/commerce-parameters-screen.tsx';
import { DistributionScheduleScreen } from '../features/distribution-schedule/distribution-schedule-screen.tsx';
import { FunctionalityProfilesScreen } from '../features/functionality-profiles/functionality-profiles-screen.tsx';
import { OverviewScreen } from '../features/overview/overview-screen.tsx';
import { SalesOrderScreen } from '../features/sales-orders/sales-order-screen.tsx';
import { SalesOrdersScreen } from '../features/sales-orders/sales-orders-screen.tsx';
import { StagedTransactionScreen } from '../features/staged-transactions/staged-transaction-screen.tsx';
import { StagedTransactionsScreen } from '../features/staged-transactions/staged-transactions-screen.tsx';
import { MASTER_DATA_SECTIONS } from './master-data-sections.tsx';

export interface Route {
  /** An address with `:name` segments (`/orders/:orderId`), matched by web-kit's router. */
  readonly path: string;
  readonly screen: (params: Record<string, string>) => ReactNode;
}

/** A part of the back office: one entry in the navigation, with the screens at its addresses. */
export interface Section {
  /** Its first route's path is where the navigation goes. */
  readonly routes: readonly [Route, ...Route[]];
  /** Its name in the navigation and on the overview, in the user's language. */
  readonly label: (t: TFunction) => string;
  /** One sentence on the overview: what a head-office user does there. */
  readonly summary: (t: TFunction) => string;
}

/**
 * The back office's sections, in the order of the navigation; the first is the overview at `/`, which an
 * unknown address shows too. A new section is its screen plus one entry here (and its texts in en.json
 * and nl.json); the shell and the overview list it from here.
 */
export const SECTIONS: readonly Section[] = [
  {
    routes: [{ path: '/', screen: () => <OverviewScreen sections={SECTIONS.slice(1)} /> }],
    label: (t) => t('sections.overview.label'),
    summary: (t) => t('sections.overview.summary'),
  },
  {
    routes: [{ path: '/commerce-parameters', screen: () => <CommerceParametersScreen /> }],
    label: (t) => t('sections.commerceParameters.label'),
    summary: (t) => t('sections.commerceParameters.summary'),
  },
  {
    routes: [
      { path: '/functionality-profiles', screen: () => <FunctionalityProfilesScreen /> },
      {
        path: '/functionality-profiles/:storeId',
        screen: ({ storeId = '' }) => <FunctionalityProfilesScreen key={storeId} storeId={storeId} />,
      },
    ],
    label: (t) => t('sections.functionalityProfiles.label'),
    summary: (t) => t('sections.functionalityProfiles.summary'),
  },
  ...MASTER_DATA_SECTIONS,
  {
    routes: [{ path: '/distribution-schedule', screen: () => <DistributionScheduleScreen /> }],
    label: (t) => t('sections.distributionSchedule.label'),
    summary: (t) => t('sections.distributionSchedule.summary'),
  },
  {
    routes: [{ path: '/batch-jobs', screen: () => <BatchJobsScreen /> }],
    label: (t) => t('sections.batchJobs.label'),
    summary: (t) => t('sections.batchJobs.summary'),
  },
  {
    routes: [
      { path: '/staged-transactions', screen: () => <StagedTransactionsScreen /> },
      {
        path: '/staged-transactions/:transactionId',
        screen: ({ transactionId = '' }) => (
          <StagedTransactionScreen key={transactionId} transactionId={transactionId} />
        ),
      },
    ],
    label: (t) => t('sections.stagedTransactions.label'),
    summary: (t) => t('sections.stagedTransactions.summary'),
  },
  {
    routes: [
      { path: '/orders', screen: () => <SalesOrdersScreen /> },
      {
        path: '/orders/:orderId',
        screen: ({ orderId = '' }) => <SalesOrderScreen key={orderId} orderId={orderId} />,
      },
    ],
    label: (t) => t('sections.salesOrders.label'),
    summary: (t) => t('sections.salesOrders.summary'),
  },
];

/** Where a section's link goes. */
export const pathOf = (section: Section) => section.routes[0].path;
