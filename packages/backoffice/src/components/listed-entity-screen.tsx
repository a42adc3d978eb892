import type { DistributionJobId } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import type { ReactNode } from 'react';
import { Loaded } from './loaded.tsx';
import { MasterDataScreen } from './master-data-screen.tsx';

/**
 * The screen of one entity of a list HQ loads whole (charge codes, locations…): the master-data frame
 * and, once the list is loaded, the editor with the entity found (or none, for a new one), else that
 * the list has none under the key asked for.
 */
export function ListedEntityScreen<List, T>({
  heading,
  back,
  job,
  data,
  error,
  found,
  notFound,
  children,
}: {
  heading: string;
  /** The list it belongs to, which the screen leads back to. */
  back: { readonly href: string; readonly label: string };
  job: DistributionJobId;
  data: List | undefined;
  error: ApiError | null | undefined;
  /** Null for a new one; undefined when the list lacks the key asked for (or is not loaded yet). */
  found: T | null | undefined;
  notFound: string;
  children: (saved: T | undefined, list: List) => ReactNode;
}) {
  return (
    <MasterDataScreen heading={heading} back={back} job={job}>
      <Loaded data={data} error={error}>
        {(list) =>
          found === undefined ? <FormError>{notFound}</FormError> : children(found ?? undefined, list)
        }
      </Loaded>
    </MasterDataScreen>
  );
}
