import { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../services.tsx';
import { entityErrorText } from './entity-error-text.ts';
import type { Problems, Read } from './form-values.ts';

/** Appended to an entity's address after it was created, so its page says so. */
const CREATED = 'created';

export interface EntitySaveOptions<T, Form> {
  /** What the form holds at first: the saved entity's values, or a new one's. */
  readonly initial: () => Form;
  /** What the form holds read as the values HQ takes, or the problems to show at its fields. */
  readonly read: (form: Form) => Read<T>;
  /** A text or choice field's label. */
  readonly label: (field: TextFieldOf<Form>) => string;
  /** HQ's address of the entity (`/charge-codes/SHIP`), which a PUT creates or replaces. */
  readonly path: (key: string) => string;
  readonly keyOf: (value: T) => string;
  /** The form's field holding the key (`code`), where "exists already" is shown. */
  readonly keyField: string;
  /** A new one: HQ's PUT would replace one with the same key, so whether one exists is asked first. */
  readonly creating: boolean;
  /** Whether HQ has one under `key`, asked fresh: by the list (`ask.list`) or the entity's own address (`ask.found`). */
  readonly exists: (key: string, ask: Ask) => Promise<boolean>;
  /** The queries a save makes stale (the list, the entity). */
  readonly stale: readonly QueryKey[];
  /** Where a created entity is edited from then on (`/charge-codes/SHIP/edit`). */
  readonly pageOf: (key: string) => string;
  /** What the form holds once HQ saved it (a password typed is cleared then); without it, what was typed. */
  readonly afterSave?: (form: Form) => Form;
}

/** The fields of a form that hold text as typed or chosen, which TextField and SelectField show. */
export type TextFieldOf<Form> = {
  [Name in keyof Form & string]: Form[Name] extends string ? Name : never;
}[keyof Form & string];

/** How `exists` asks HQ, bypassing what is cached. */
export interface Ask {
  /** The list under `queryKey` at `path`, fetched again (and cached for the screens that show it). */
  list<L>(queryKey: QueryKey, path: string): Promise<L>;
  /** Whether `path` answers rather than 404. */
  found(path: string): Promise<boolean>;
}

export interface EntitySave<Form> {
  /** What is typed. */
  readonly form: Form;
  /** A change other than typing in one field (an address added); the caller says which errors go. */
  setForm(change: (current: Form) => Form): void;
  /** A text or choice field's label, value, error and change, for TextField and SelectField. */
  field(name: TextFieldOf<Form>): {
    label: string;
    value: string;
    error: string | undefined;
    onChange: (value: string) => void;
  };
  /** Sends what the form reads as, or shows its problems at their fields. */
  submit(): void;
  /** The text of the error at `field`: what was typed, else HQ's refusal naming it. */
  errorAt(field: string): string | undefined;
  /** What was typed in `field` changed: its error and the saved note go. */
  changed(field: string): void;
  /** The form changed shape (an address removed): every error goes, as positions moved. */
  changedAll(): void;
  /** HQ's refusal when it names none of `fields` (those the form shows), for above the form. */
  formError(fields: readonly string[]): string | undefined;
  readonly pending: boolean;
  /** Saved (or created, on the page a creation led to) and not changed since. */
  readonly saved: 'created' | 'saved' | undefined;
}

/**
 * What every master-data form does with Save. HQ's master data has no versions and every PUT replaces the
 * entity whole (master-data-routes.ts), so saving twice is saving once: no idempotency key is needed, as
 * for the Commerce parameters. Creating is the one case where a PUT could silently replace what someone
 * else made, so a new key is checked first and refused at its field when it is taken (decision 0024), and
 * the PUT creates only (`If-None-Match: *`): of two people creating the same key at once, HQ refuses the
 * second with 412 KEY_TAKEN at the key field instead of letting it overwrite the first.
 */
export function useEntitySave<T, Form>(options: EntitySaveOptions<T, Form>): EntitySave<Form> {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const [form, setForm] = useState<Form>(options.initial);
  const [problems, setProblems] = useState<Problems>({});
  const [justCreated, setJustCreated] = useState(() => search.has(CREATED));
  const ask: Ask = {
    list: (queryKey, path) =>
      queryClient.fetchQuery({ queryKey, queryFn: () => api.get(path), staleTime: 0 }),
    found: (path) =>
      api.get(path).then(
        () => true,
        (error: ApiError) => {
          if (error.status === 404) return false;
          throw error;
        },
      ),
  };
  const mutation = useMutation<T, ApiError, T>({
    mutationFn: async (value) => {
      const key = options.keyOf(value);
      if (options.creating && (await options.exists(key, ask))) {
        throw new ApiError(409, {
          code: 'ALREADY_EXISTS',
          field: options.keyField,
          message: `${key} exists already`,
          details: { key },
        });
      }
      return options.creating
        ? api.put<T>(options.path(key), value, { ifNoneMatch: '*' })
        : api.put<T>(options.path(key), value);
    },
    onSuccess: async (saved) => {
      const { afterSave } = options;
      if (afterSave) setForm(afterSave);
      await Promise.all(options.stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (options.creating) navigate(`${options.pageOf(options.keyOf(saved))}?${CREATED}`, { replace: true });
    },
  });
  const error = mutation.error;
  const serverErrorAt = (field: string) => {
    if (!error) return undefined;
    const reason = error.details[field];
    if (typeof reason === 'string' && error.field !== field) {
      return entityErrorText(t, i18n, { code: error.code, field, message: reason, details: {} });
    }
    return error.field === field ? entityErrorText(t, i18n, error) : undefined;
  };
  const changed = (field: string) => {
    setProblems(({ [field]: _, ...rest }) => rest);
    setJustCreated(false);
    if (!mutation.isPending) mutation.reset();
  };
  const errorAt = (field: string) => {
    const problem = problems[field];
    return problem ? t(`masterData.problems.${problem}`) : serverErrorAt(field);
  };
  return {
    form,
    setForm,
    field: (name) => ({
      label: options.label(name),
      value: form[name] as string,
      error: errorAt(name),
      onChange: (value) => {
        setForm((current) => ({ ...current, [name]: value }));
        changed(name);
      },
    }),
    submit() {
      const read = options.read(form);
      if (!read.ok) {
        setProblems(read.problems);
        return;
      }
      setProblems({});
      mutation.mutate(read.value);
    },
    errorAt,
    changed,
    changedAll() {
      setProblems({});
      setJustCreated(false);
      if (!mutation.isPending) mutation.reset();
    },
    formError(fields) {
      if (!error || fields.some((field) => serverErrorAt(field) !== undefined)) return undefined;
      return entityErrorText(t, i18n, error);
    },
    pending: mutation.isPending,
    saved: mutation.isSuccess ? 'saved' : justCreated ? 'created' : undefined,
  };
}
