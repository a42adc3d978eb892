import type { ModeOfDelivery } from '@kassa/contracts';
import { formReader, type Read } from '../../components/form-values.ts';

export const MODE_FIELDS = ['code', 'name', 'kind'] as const;
export type ModeField = (typeof MODE_FIELDS)[number];
export type ModeForm = Record<ModeField, string>;
export const MODE_KINDS = [
  'shipping',
  'pickup',
  'carryOut',
] as const satisfies readonly ModeOfDelivery['kind'][];

export const modeForm = (mode?: ModeOfDelivery): ModeForm => ({
  code: mode?.code ?? '',
  name: mode?.name ?? '',
  kind: mode?.kind ?? 'shipping',
});

/** A mode of delivery: how a line reaches the customer (R-CRE-2). */
export function readMode(form: ModeForm): Read<ModeOfDelivery> {
  const read = formReader();
  const kind = MODE_KINDS.find((candidate) => candidate === form.kind);
  read.chosen('kind', kind ?? '');
  return read.done({
    code: read.text('code', form.code, 64),
    name: read.text('name', form.name),
    kind: kind ?? 'shipping',
  });
}
