import { z } from 'zod';
import { CUSTOMER_TYPES, FACILITY_KINDS } from '../customers/customer-types.js';
import { LocalDateString } from './common.js';
import { Yuan } from './customers.js';

export const FeeScheduleItem = z.object({
  customerType: z.enum(CUSTOMER_TYPES),
  facilityKind: z.enum(FACILITY_KINDS),
  amount: Yuan,
  effectiveFrom: LocalDateString,
  note: z.string(),
});
export type FeeScheduleItem = z.infer<typeof FeeScheduleItem>;

export const PublicFeeSchedule = z.object({
  date: LocalDateString,
  companyName: z.string(),
  inForce: z.array(FeeScheduleItem),
  upcoming: z.array(FeeScheduleItem),
});
export type PublicFeeSchedule = z.infer<typeof PublicFeeSchedule>;

export const AddFeeItemBody = z.object({
  customerType: z.enum(CUSTOMER_TYPES),
  facilityKind: z.enum(FACILITY_KINDS),
  amount: Yuan,
  effectiveFrom: LocalDateString,
  note: z.string().trim().max(200).default(''),
});
export type AddFeeItemBody = z.infer<typeof AddFeeItemBody>;
