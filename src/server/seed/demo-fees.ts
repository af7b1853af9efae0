import type { CustomerType, FacilityKind } from '../../domain/customers/customer-types.js';

/** A believable published removal-fee schedule (yuan), in force from the start of 2026. */
export const DEMO_FEES: Array<{ customerType: CustomerType; facilityKind: FacilityKind; amountFen: number }> =
  [
    { customerType: 'residential', facilityKind: 'meter', amountFen: 8_000 },
    { customerType: 'residential', facilityKind: 'pipe', amountFen: 5_000 },
    { customerType: 'residential', facilityKind: 'valve', amountFen: 3_000 },
    { customerType: 'residential', facilityKind: 'connector', amountFen: 2_000 },
    { customerType: 'commercial', facilityKind: 'meter', amountFen: 20_000 },
    { customerType: 'commercial', facilityKind: 'pipe', amountFen: 15_000 },
    { customerType: 'commercial', facilityKind: 'valve', amountFen: 8_000 },
    { customerType: 'commercial', facilityKind: 'connector', amountFen: 5_000 },
    { customerType: 'industrial', facilityKind: 'meter', amountFen: 50_000 },
    { customerType: 'industrial', facilityKind: 'pipe', amountFen: 30_000 },
    { customerType: 'industrial', facilityKind: 'valve', amountFen: 12_000 },
    { customerType: 'industrial', facilityKind: 'connector', amountFen: 8_000 },
  ];
