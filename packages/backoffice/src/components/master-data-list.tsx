import type { DistributionJobId } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link.tsx';
import { type Column, EntityTable } from './entity-table.tsx';
import { Loaded } from './loaded.tsx';
import styles from './master-data.module.css';
import { MasterDataScreen } from './master-data-screen.tsx';

/** What a list screen says; each section keeps these texts under `masterData.<section>`. */
export interface ListTexts {
  readonly heading: string;
  readonly intro: string;
  readonly new: string;
  readonly empty: string;
}

/**
 * The screen of every master-data list: its frame with the job that carries the entities to the stores,
 * a search (`search`, for a long list), the link to a new one and other links (`links`), the table once
 * loaded, and for a long list (`more`) the button that loads the next page.
 */
export function MasterDataList<T>({
  texts,
  job,
  newHref,
  search,
  links,
  rows,
  error,
  more,
  keyOf,
  hrefOf,
  columns,
}: {
  texts: ListTexts;
  job: DistributionJobId;
  newHref: string;
  search?: ReactNode;
  links?: ReactNode;
  rows: readonly T[] | undefined;
  error: ApiError | null | undefined;
  more?: { readonly hasMore: boolean; readonly loadingMore: boolean; readonly more: () => void };
  keyOf: (item: T) => string;
  hrefOf: (item: T) => string;
  columns: readonly [Column<T>, ...Column<T>[]];
}) {
  const { t } = useTranslation();
  return (
    <MasterDataScreen heading={texts.heading} intro={texts.intro} job={job}>
      <div className={styles.toolbar}>
        {search}
        <AppLink href={newHref} className={styles.buttonLink}>
          {texts.new}
        </AppLink>
        {links}
      </div>
      <Loaded data={rows} error={error}>
        {(loaded) => (
          <EntityTable
            label={texts.heading}
            rows={loaded}
            keyOf={keyOf}
            hrefOf={hrefOf}
            empty={texts.empty}
            columns={columns}
          />
        )}
      </Loaded>
      {more?.hasMore ? (
        <Button variant="secondary" disabled={more.loadingMore} onClick={more.more}>
          {t('masterData.more')}
        </Button>
      ) : null}
    </MasterDataScreen>
  );
}
