// Entry of a plan-reading worker thread (parse-pool.ts). The sources are TypeScript run through tsx,
// as bin/tuyentruyen.mjs does for the main thread; a worker thread has a module loader of its own,
// so tsx is registered here before the worker's module is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
