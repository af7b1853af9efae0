import type { PolicyParameterView } from '../../domain/contracts/settings.js';
import {
  defaultPolicyValues,
  isPolicyParameterId,
  POLICY_PARAMETER_IDS,
  POLICY_PARAMETERS,
  type PolicyValues,
} from '../../domain/settings/policy-parameters.js';
import { type Actor, requireAccess } from '../access/gate.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { readAllSettings, upsertSetting } from './settings.repository.js';

/**
 * The one way to read policy parameters. Stored values that no longer pass their schema
 * (e.g. after a rule was tightened) fall back to the default rather than break deadlines.
 */
export async function readPolicy(db: Database): Promise<PolicyValues> {
  return policyFromRows(await readAllSettings(db));
}

export function policyFromRows(rows: ReadonlyArray<{ id: string; value: unknown }>): PolicyValues {
  const values = defaultPolicyValues() as Record<string, unknown>;
  for (const row of rows) {
    if (!isPolicyParameterId(row.id)) continue;
    const parsed = POLICY_PARAMETERS[row.id].schema.safeParse(row.value);
    if (parsed.success) values[row.id] = parsed.data;
  }
  return values as PolicyValues;
}

export async function listSettings(db: Database, actor: Actor | null): Promise<PolicyParameterView[]> {
  requireAccess(actor, 'settings.read');
  const rows = new Map((await readAllSettings(db)).map((r) => [r.id, r]));
  const current = await readPolicy(db);
  return POLICY_PARAMETER_IDS.map((id) => {
    const def = POLICY_PARAMETERS[id];
    const row = rows.get(id);
    return {
      id,
      value: current[id],
      default: def.default,
      unit: def.unit,
      zh: def.zh,
      en: def.en,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}

export async function updateSetting(db: Database, actor: Actor | null, id: string, value: unknown) {
  const who = requireAccess(actor, 'settings.manage');
  if (!isPolicyParameterId(id)) throw AppError.notFound(`策略参数 ${id} `);
  const parsed = POLICY_PARAMETERS[id].schema.safeParse(value);
  if (!parsed.success) {
    throw AppError.validation(
      parsed.error.issues.map((i) => ({ path: 'value', message: i.message })),
      `参数 ${id} 的取值无效`,
    );
  }
  await db.transaction(async (tx) => {
    const before = (await readPolicy(tx))[id];
    await upsertSetting(tx, id, parsed.data, who.username);
    await recordAudit(tx, who, {
      entityType: 'setting',
      entityId: id,
      action: 'setting.updated',
      before: { value: before },
      after: { value: parsed.data },
    });
  });
  const view = (await listSettings(db, who)).find((s) => s.id === id);
  if (!view) throw AppError.notFound(`策略参数 ${id} `);
  return view;
}
