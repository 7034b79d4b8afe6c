// The chosen files, read one after another by the server's parser.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/notify';
import { parsePlanFile } from './api';
import type { ImportEntry } from './types';

export const ACCEPTED = ['.docx', '.txt', '.md'];

function entryOf(file: File, n: number): ImportEntry {
  return {
    key: `${Date.now()}-${n}-${file.name}`,
    file,
    status: 'waiting',
    result: null,
    plan: null,
    error: null,
    errorCode: null,
    saving: false,
    saved: null,
    saveError: null,
  };
}

export function useImportQueue() {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const run = useRef(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      run.current++;
      controller.current?.abort();
    },
    [],
  );

  const update = useCallback((key: string, patch: Partial<ImportEntry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  }, []);

  /** Replaces the list with these files and reads them in order. */
  const start = useCallback(
    async (files: File[]) => {
      const mine = ++run.current;
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const list = files.map(entryOf);
      setEntries(list);
      for (const e of list) {
        if (run.current !== mine) return;
        update(e.key, { status: 'reading' });
        try {
          const result = await parsePlanFile(e.file, abort.signal);
          if (run.current !== mine) return;
          update(e.key, { status: 'parsed', result, plan: result.plan });
        } catch (err) {
          if (run.current !== mine) return;
          update(e.key, {
            status: 'refused',
            error: errorMessage(err),
            errorCode: err instanceof ApiError ? err.code : null,
          });
        }
      }
    },
    [update],
  );

  const clear = useCallback(() => {
    run.current++;
    controller.current?.abort();
    setEntries([]);
  }, []);

  const done = entries.filter((e) => e.status === 'parsed' || e.status === 'refused').length;
  const reading = entries.some((e) => e.status === 'reading' || e.status === 'waiting');
  return { entries, start, clear, update, done, reading };
}
