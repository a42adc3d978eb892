import type { Staff } from '@kassa/contracts';
import { formReader, type Read } from '../../components/form-values.ts';

export const STAFF_FIELDS = ['id', 'name', 'groups', 'password'] as const;

export interface StaffForm {
  readonly id: string;
  readonly name: string;
  readonly groups: readonly string[];
  /** Empty: an existing member keeps the password they have. */
  readonly password: string;
}

/** What HQ takes: a staff member, and a password that a new one needs and an existing one may get. */
export type StaffSave = Staff & { readonly password?: string };

export const staffForm = (staff?: Staff): StaffForm => ({
  id: staff?.id ?? '',
  name: staff?.name ?? '',
  groups: staff?.groups ?? [],
  password: '',
});

/** A staff member (R-SEC-1). The password is sent exactly as typed, never trimmed: spaces count. */
export function readStaff(form: StaffForm, creating: boolean): Read<StaffSave> {
  const read = formReader();
  const password = read.password('password', form.password, creating);
  return read.done({
    id: read.text('id', form.id, 64),
    name: read.text('name', form.name),
    groups: [...form.groups],
    ...(password === undefined ? {} : { password }),
  });
}
