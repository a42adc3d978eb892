import type { ModeOfDelivery } from '@kassa/contracts';
import { refuse } from '@kassa/domain';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fromRefusal } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import { keyTaken, type Saved, type SaveMode } from './saved.ts';

/**
 * Creates or replaces a mode of delivery. The modes the Commerce parameters name as the pickup and the
 * carry-out mode keep that kind (R-PAR-1), or the parameters would stop making sense. With `create`, an
 * existing code is refused and kept.
 */
export async function saveModeOfDelivery(
  trx: Trx,
  mode: ModeOfDelivery,
  at: string,
  saveMode: SaveMode = 'upsert',
): Promise<Saved<ModeOfDelivery> | Failure> {
  const existing = await trx
    .selectFrom('modes_of_delivery')
    .select('kind')
    .where('code', '=', mode.code)
    .executeTakeFirst();
  if (existing && saveMode === 'create') return keyTaken('mode of delivery', 'code', mode.code);
  const parameters = await trx
    .selectFrom('commerce_parameters')
    .select(['pickup_mode_of_delivery', 'carry_out_mode_of_delivery'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const needed =
    mode.code === parameters?.pickup_mode_of_delivery
      ? ('pickup' as const)
      : mode.code === parameters?.carry_out_mode_of_delivery
        ? ('carryOut' as const)
        : undefined;
  if (needed && mode.kind !== needed) {
    return fromRefusal(
      refuse(
        'INVALID_PARAMETER',
        `${mode.code} is the Commerce parameters' ${needed} mode: its kind stays ${needed}`,
        {
          field: 'kind',
        },
      ),
    );
  }
  const values = { name: mode.name, kind: mode.kind };
  const written = await trx
    .insertInto('modes_of_delivery')
    .values({ code: mode.code, ...values, created_at: at, updated_at: at })
    .onConflict((oc) =>
      saveMode === 'create'
        ? oc.column('code').doNothing()
        : oc.column('code').doUpdateSet({ ...values, updated_at: at }),
    )
    .returning('code')
    .executeTakeFirst();
  if (!written) return keyTaken('mode of delivery', 'code', mode.code);
  await recordChange(trx, { entity: 'modeOfDelivery', key: mode.code, payload: mode, at });
  return { created: !existing, value: mode };
}
