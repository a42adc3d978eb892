import type { DistributionJobId } from '@kassa/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsForm } from './settings-form.tsx';
import type { EntitySave } from './use-entity-save.ts';

/**
 * The frame of every master-data form: a settings form whose refusals and Save come from its EntitySave,
 * and whose note once saved says when the stores get the change.
 */
export function EntityForm<Form>({
  heading,
  save,
  fields,
  job,
  savedNote,
  children,
  after,
}: {
  heading: string;
  save: EntitySave<Form>;
  /** The fields the form shows: HQ's refusal naming one of them shows there, not above the form. */
  fields: readonly string[];
  /** The distribution job that takes the change to the stores (SPEC §1), which the note once saved names. */
  job: DistributionJobId;
  /** The note once saved where saving means more than the job running (a staff member's sessions). */
  savedNote?: (saved: 'created' | 'saved') => string;
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <SettingsForm
      heading={heading}
      error={save.formError(fields)}
      pending={save.pending}
      saved={save.saved && (savedNote ? savedNote(save.saved) : t(`masterData.${save.saved}`, { job }))}
      onSubmit={save.submit}
      after={after}
    >
      {children}
    </SettingsForm>
  );
}
