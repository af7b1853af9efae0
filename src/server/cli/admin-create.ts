import { parseArgs } from 'node:util';
import { CreateUserBody } from '../../domain/contracts/users.js';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../db/open.js';
import { ensureCompany } from '../seed/organisation.js';
import { createStaffUser } from '../users/users.service.js';

const USAGE = `创建管理员账号 (create an admin user)
  npm run admin:create -- --username <name> --password <password> [--name <显示名>] [--company <公司名称>]
  --company is needed on an empty database (SEED=none): it creates the company record.`;

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      company: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username || !values.password) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const body = CreateUserBody.safeParse({
    username: values.username,
    password: values.password,
    displayName: values.name ?? '系统管理员',
    role: 'admin',
    branchCode: null,
  });
  if (!body.success) {
    console.error(body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    process.exit(2);
  }
  const handle = await openConfiguredDatabase(loadConfig());
  try {
    await ensureCompany(handle.db, values.company ?? '燃气公司', []);
    const user = await createStaffUser(handle.db, null, body.data, true);
    console.log(`已创建管理员 ${user.username} (${user.displayName})`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
