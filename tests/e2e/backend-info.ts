// Where the browser tests' backend leaves its superuser connection string.
import { join } from 'node:path';

export const backendInfoFile = join(import.meta.dirname, '../../.data/e2e-backend.json');
