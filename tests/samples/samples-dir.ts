import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real plans of ../shared/samples (CI lays ../shared beside the clone); TUYENTRUYEN_SAMPLES moves it. */
export const SAMPLES = process.env.TUYENTRUYEN_SAMPLES ?? fileURLToPath(new URL('../../../shared/samples', import.meta.url));

if (!existsSync(SAMPLES)) {
  throw new Error(`The shared samples are not at ${SAMPLES}: npm run test:samples needs ../shared beside the repository (or TUYENTRUYEN_SAMPLES).`);
}
