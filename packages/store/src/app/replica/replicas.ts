import type { DistributedEntityName, DistributedPayload } from '@kassa/contracts';
import { chargeCodeReplica } from './charge-codes.ts';
import { commerceParametersReplica } from './commerce-parameters.ts';
import { companyReplica } from './company.ts';
import { customerReplica } from './customers.ts';
import { functionalityProfileReplica } from './functionality-profile.ts';
import { locationReplica } from './locations.ts';
import { modeOfDeliveryReplica } from './modes-of-delivery.ts';
import { permissionGroupReplica } from './permission-groups.ts';
import { productReplica } from './products.ts';
import type { Replica } from './replica.ts';
import { staffReplica } from './staff.ts';

/** Every kind of distributed entity and its replica: a new kind fails to compile until it has one. */
export const REPLICAS: { readonly [E in DistributedEntityName]: Replica<DistributedPayload<E>> } = {
  customer: customerReplica,
  product: productReplica,
  chargeCode: chargeCodeReplica,
  staff: staffReplica,
  permissionGroup: permissionGroupReplica,
  company: companyReplica,
  location: locationReplica,
  modeOfDelivery: modeOfDeliveryReplica,
  commerceParameters: commerceParametersReplica,
  functionalityProfile: functionalityProfileReplica,
};
