import type { ModeOfDelivery } from '@kassa/contracts';
import { refuse } from '@kassa/domain';
import { recordChange } from '../distribution/record-change.ts';
import { type Failure, fromRefusal } from '../failure.ts';
import type { Trx } from '../transaction.ts';
import type { Saved } from './saved.ts';

/**
 * Creates or replaces a mode of delivery. The modes the Commerce parameters name as the pickup and the
 * carry-out mode keep that kind (R-PAR-1), or the parameters would stop making sense.
 */
export async function saveModeOfDelivery(
  trx: Trx,
  mode: ModeOfDelivery,
  at: string,
): Promise<Saved<ModeOfDelivery> | Failure> {
  const existing = await trx
    .selectFrom('modes_of_delivery')
    .select('kind')
    .where('code', '=', mode.code)
    .executeTakeFirst();
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
  await trx
    .insertInto('modes_of_delivery')
    .values({ code: mode.code, ...values, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, updated_at: at }))
    .execute();
  await recordChange(trx, { entity: 'modeOfDelivery', key: mode.code, payload: mode, at });
  return { created: !existing, value: mode };
}
