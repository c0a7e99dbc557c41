import { createRandom } from '@mot/core';

/** Planted monthly churn hazards of the test customer table: base per contract, times factors. */
export const PLANTED_CUSTOMERS = {
  monthlyHazard: { 'Month-to-month': 0.035, 'One year': 0.012, 'Two year': 0.004 },
  /** Hazard ratio per support call. */
  perSupportCall: 1.25,
  /** Hazard ratio of fibre internet against DSL. */
  fibre: 1.6,
  followUpMonths: 72,
} as const;

const REASONS = ['Competitor offered a better price', 'Network coverage', 'Poor support', 'Moved away'];

/**
 * A telco-like customer table with planted churn for tests and examples (written for the tests, not real
 * data): exponential time to churn with the hazards above, customers joining uniformly over 72 months and
 * observed until the end (administrative censoring), a reason for most churners.
 */
export function customerTableCsv(customers: number, seed: number): string {
  const random = createRandom(seed);
  const lines = ['customerID,tenure,Churn,Contract,InternetService,MonthlyCharges,SupportCalls,ChurnReason'];
  const contracts = ['Month-to-month', 'Month-to-month', 'One year', 'Two year'] as const;
  for (let i = 0; i < customers; i++) {
    const contract = contracts[random.below(contracts.length)] ?? 'Month-to-month';
    const fibre = random.uniform() < 0.45;
    const calls = Math.min(6, Math.floor(-Math.log(1 - random.uniform()) * 1.2));
    const charges = Math.round((fibre ? 80 : 55) + 15 * random.normal());
    const hazard =
      PLANTED_CUSTOMERS.monthlyHazard[contract] *
      PLANTED_CUSTOMERS.perSupportCall ** calls *
      (fibre ? PLANTED_CUSTOMERS.fibre : 1);
    const time = -Math.log(1 - random.uniform()) / hazard;
    const followed = 1 + random.below(PLANTED_CUSTOMERS.followUpMonths);
    const churned = time < followed;
    const tenure = churned ? Math.max(1, Math.ceil(time)) : followed;
    const reason = churned && random.uniform() < 0.85 ? (REASONS[random.below(calls > 2 ? 3 : 4)] ?? '') : '';
    lines.push(
      [
        `C${String(i + 1).padStart(5, '0')}`,
        tenure,
        churned ? 'Yes' : 'No',
        contract,
        fibre ? 'Fiber optic' : 'DSL',
        charges,
        calls,
        reason,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The mapping of the test customer table. */
export const CUSTOMER_MAPPING = {
  customers: {
    customer: 'customerID',
    tenure: 'tenure',
    tenureUnit: 'months',
    churned: 'Churn',
    reason: 'ChurnReason',
    attributes: ['Contract', 'InternetService'],
    counts: ['SupportCalls', 'MonthlyCharges'],
  },
};
