import { parse } from 'csv-parse/sync';
import { canReachBranch } from '../../../domain/access/permissions.js';
import { shanghaiToday } from '../../../domain/calendar/local-date.js';
import type { ImportResult } from '../../../domain/contracts/customers.js';
import { type Actor, requireAccess } from '../../access/gate.js';
import type { AppContext } from '../../app-context.js';
import { recordAudit } from '../../audit/audit.service.js';
import { isUniqueViolation } from '../../db/rows.js';
import { customerImports } from '../../db/schema/index.js';
import { AppError } from '../../http/app-error.js';
import { listBranches } from '../../users/users.repository.js';
import { type CustomerRecord, insertCustomers } from '../customer-bulk.js';
import { existingAccountNos } from '../customers.repository.js';
import { IMPORT_COLUMNS, type ImportField, mapHeader } from './columns.js';
import { decodeCsv } from './decode.js';
import { checkRow } from './import-row.js';

type Mode = ImportResult['mode'];
const MAX_ROWS = 200_000;

function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  try {
    const rows = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    return rows.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `CSV 文件无法解析：${(error as Error).message}`, [
      { path: 'file', message: 'CSV 格式错误' },
    ]);
  }
}

/**
 * Imports customers, facilities and opening balances from a billing-system CSV. Every row is
 * checked first; by default one bad row means nothing is imported ("valid-only" imports the rest).
 */
export async function importCustomers(
  ctx: AppContext,
  actor: Actor | null,
  file: { name: string; bytes: Buffer },
  mode: Mode,
): Promise<ImportResult> {
  const who = requireAccess(actor, 'customers.import');
  const started = Date.now();
  const { text, encoding } = decodeCsv(file.bytes);
  const [headerRow, ...dataRows] = parseCsv(text);
  if (!headerRow || !dataRows.length) {
    throw new AppError('VALIDATION_FAILED', '文件中没有数据行', [
      { path: 'file', message: '至少需要表头和一行数据' },
    ]);
  }
  if (dataRows.length > MAX_ROWS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `一次最多导入 ${MAX_ROWS} 行，本文件有 ${dataRows.length} 行，请分批导入`,
    );
  }
  const { positions, missing } = mapHeader(headerRow.cells);
  if (missing.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `表头缺少必填列：${missing.map((f) => IMPORT_COLUMNS[f][0]).join('、')}`,
      missing.map((f) => ({
        path: `header.${IMPORT_COLUMNS[f][1]}`,
        message: `缺少列“${IMPORT_COLUMNS[f][0]}”`,
      })),
    );
  }
  const branches = await listBranches(ctx.db);
  const [firstBranch] = branches;
  const rowContext = {
    branchIdByCode: new Map(branches.map((b) => [b.code, b.id])),
    defaultBranchId: who.branchId ?? firstBranch?.id ?? '',
    today: shanghaiToday(),
  };

  const errors: ImportResult['errors'] = [];
  const good: Array<{ line: number; record: CustomerRecord }> = [];
  const lineOfAccountNo = new Map<string, number>();
  for (const row of dataRows) {
    const cell = (f: ImportField) => {
      const i = positions[f];
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const checked = checkRow(cell, rowContext);
    const reasons = 'reasons' in checked ? [...checked.reasons] : [];
    const accountNo = cell('accountNo').toUpperCase() || null;
    if (accountNo) {
      const first = lineOfAccountNo.get(accountNo);
      if (first !== undefined) reasons.push(`户号 ${accountNo} 与第 ${first} 行重复`);
      else lineOfAccountNo.set(accountNo, row.line);
    }
    if ('record' in checked && !canReachBranch(who.role, who.branchId, checked.record.branchId)) {
      reasons.push('您只能导入本营业网点的用户');
    }
    if (reasons.length || !('record' in checked)) errors.push({ line: row.line, accountNo, reasons });
    else good.push({ line: row.line, record: checked.record });
  }
  const taken = await existingAccountNos(ctx.db, [...lineOfAccountNo.keys()]);
  const fresh = good.filter((g) => {
    if (!g.record.accountNo || !taken.has(g.record.accountNo)) return true;
    errors.push({
      line: g.line,
      accountNo: g.record.accountNo,
      reasons: [`户号 ${g.record.accountNo} 已存在`],
    });
    return false;
  });
  errors.sort((a, b) => a.line - b.line);

  const result = (importId: string | null, imported: number): ImportResult => ({
    importId,
    mode,
    encoding,
    rowsTotal: dataRows.length,
    rowsImported: imported,
    rowsRejected: errors.length,
    errors,
    durationMs: Date.now() - started,
  });
  if ((errors.length && mode === 'all-or-nothing') || !fresh.length) {
    const report = result(null, 0);
    throw new AppError(
      'VALIDATION_FAILED',
      errors.length
        ? `${errors.length} 行有误，未导入任何数据。请修改后重新导入，或选择“只导入正确的行”。`
        : '没有可导入的行',
      errors.slice(0, 50).map((e) => ({ path: `line.${e.line}`, message: e.reasons.join('；') })),
      { report },
    );
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const [batch] = await tx
        .insert(customerImports)
        .values({
          fileName: file.name.slice(0, 200),
          encoding,
          mode,
          rowsTotal: dataRows.length,
          rowsImported: fresh.length,
          rowsRejected: errors.length,
          importedBy: who.username,
        })
        .returning({ id: customerImports.id });
      if (!batch) throw new Error('insert customer_imports returned nothing');
      const accountNos = await insertCustomers(
        tx,
        ctx.identity,
        fresh.map((g) => g.record),
        {
          importId: batch.id,
          createdBy: who.username,
          source: 'import',
        },
      );
      await recordAudit(tx, who, {
        entityType: 'customer_import',
        entityId: batch.id,
        action: 'customer_import.completed',
        after: {
          fileName: file.name,
          encoding,
          mode,
          imported: accountNos.length,
          rejected: errors.length,
          firstAccountNo: accountNos[0],
          lastAccountNo: accountNos.at(-1),
        },
      });
      return result(batch.id, accountNos.length);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', '导入期间有户号被他人占用，请重新导入');
    throw error;
  }
}
