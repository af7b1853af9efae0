import { z } from 'zod';

// Field errors reach clerks and customers: zod's own messages are in Chinese too.
z.config(z.locales.zhCN());
