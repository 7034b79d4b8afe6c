/**
 * Backup to a single file and restore from it, the same on PGlite and PostgreSQL (so a backup also
 * moves an embedded installation onto a server). The file is gzip'd JSON lines: a header, then per
 * table its name and rows, then a trailer with the row counts that restore checks.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { migrationJournal, migrationStatus, type Database, type Tx } from './client.ts';
import { EvidenceStore } from '../documents/evidence.ts';

interface TableSpec {
  name: string;
  /** Expression (over alias t) that orders rows so every referenced row comes first; unique, for keyset paging. */
  key: string;
  identity?: string;
}

/** Every table of the application, parents before children. A test checks none is missing. */
export const BACKUP_TABLES: TableSpec[] = [
  // path order puts each unit after its parent (the parent's path is a prefix of the child's).
  { name: 'units', key: 't.path', identity: 'id' },
  { name: 'users', key: 't.id', identity: 'id' },
  { name: 'role_assignments', key: 't.id', identity: 'id' },
  { name: 'sessions', key: 't.id_hash' },
  { name: 'audit_log', key: 't.id', identity: 'id' },
  { name: 'login_throttle', key: 't.id', identity: 'id' },
  { name: 'calendar_feeds', key: "t.user_id::text || '|' || t.unit_id" },
  // A plan's parent and amended plan always exist before it, so id order is safe.
  { name: 'plans', key: 't.id', identity: 'id' },
  { name: 'plan_recipients', key: 't.id', identity: 'id' },
  { name: 'plan_registers', key: "t.unit_id::text || '|' || t.kind || '|' || t.period" },
  { name: 'unit_events', key: 't.id', identity: 'id' },
  { name: 'app_secrets', key: 't.name' },
  { name: 'report_forms', key: 't.id', identity: 'id' },
  { name: 'activities', key: 't.id', identity: 'id' },
  { name: 'evidence_files', key: 't.sha256' },
  { name: 'activity_evidence', key: 't.id', identity: 'id' },
  { name: 'reports', key: 't.id', identity: 'id' },
  { name: 'report_attachments', key: 't.id', identity: 'id' },
  { name: 'rollup_figures', key: "t.ancestor_id::text || '|' || t.child_id || '|' || t.plan_id || '|' || t.period_key || '|' || t.indicator" },
  { name: 'notifications', key: 't.id', identity: 'id' },
  { name: 'external_documents', key: 't.id', identity: 'id' },
];

const FORMAT = 'tuyentruyen-backup';
const PAGE = 2000;

export interface BackupSummary {
  migrations: number;
  counts: Record<string, number>;
}

export interface FileOptions {
  /**
   * Where evidence files live; when given, their contents travel inside the backup too (a backup
   * fails when a registered file is missing there).
   */
  filesDir?: string;
}

/** A backup that cannot be taken as a whole; nothing is left at the target path. */
export class BackupError extends Error {}

/** Raw SQL with $n placeholders, run on a transaction (drizzle parameters, so the same on both drivers). */
async function execIn(tx: Tx, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const chunks = text.split(/\$(\d+)/);
  const query = sql.empty();
  chunks.forEach((chunk, i) => (i % 2 === 0 ? query.append(sql.raw(chunk)) : query.append(sql`${params[Number(chunk) - 1]}`)));
  return ((await tx.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

/**
 * Writes the whole database to `file`, as it was at one instant: every table is read in one
 * REPEATABLE READ, READ ONLY transaction, so rows written meanwhile (a user and their role
 * assignment) are either all in it or all out, and the backup restores with its references whole.
 * With `filesDir`, every registered evidence file must be there (and match its hash), else the
 * backup fails naming them. The file is written beside the target and renamed at the end, so a
 * failed backup leaves nothing (and an older backup at that path stays as it was).
 */
export async function backupTo(database: Database, file: string, opts: FileOptions = {}): Promise<BackupSummary> {
  const partial = `${file}.${process.pid}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  let failure: unknown;
  written.catch((err: unknown) => (failure = err)); // awaited below; a failure meanwhile shows on the next write
  const write = async (obj: unknown) => {
    if (failure !== undefined || gzip.destroyed) throw failure ?? new BackupError(`Backup failed: could not write ${file}.`);
    if (!gzip.write(`${JSON.stringify(obj)}\n`)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    const summary = await database.db.transaction(
      async (tx) => {
        const applied = Number((await execIn(tx, 'SELECT count(*) AS n FROM drizzle.__drizzle_migrations'))[0]?.n ?? 0);
        const store = opts.filesDir ? new EvidenceStore(opts.filesDir) : undefined;
        const files = store ? await registeredFiles(tx, store) : [];
        const counts: Record<string, number> = {};
        await write({ format: FORMAT, version: 1, migrations: applied, latest: migrationJournal()[applied - 1]?.tag ?? null, source: database.kind, createdAt: new Date().toISOString() });
        for (const table of BACKUP_TABLES) {
          await write({ table: table.name });
          let last: unknown = null;
          let n = 0;
          for (;;) {
            // Paged to bound memory; all pages come from the transaction's one snapshot.
            const page = await execIn(
              tx,
              `SELECT ${table.key} AS k, row_to_json(t) AS r FROM ${table.name} t
                ${last === null ? '' : `WHERE ${table.key} > $1`} ORDER BY ${table.key} LIMIT ${PAGE}`,
              last === null ? [] : [last],
            );
            for (const row of page) await write(row.r);
            n += page.length;
            if (page.length < PAGE) break;
            last = page[page.length - 1]!.k;
          }
          counts[table.name] = n;
        }
        if (store) {
          counts.files = 0;
          for (const f of files) {
            const data = await store.get(f.sha256).catch(() => null);
            if (!data) throw missingFiles(store.dir, [f]);
            if (createHash('sha256').update(data).digest('hex') !== f.sha256) {
              throw new BackupError(`Backup failed: evidence file ${f.sha256}${f.label} in ${store.dir} is damaged (its content no longer matches its hash). No backup was written.`);
            }
            await write({ file: f.sha256, data: data.toString('base64') });
            counts.files++;
          }
        }
        await write({ end: true, counts });
        return { migrations: applied, counts };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await written;
    await rename(partial, file);
    return summary;
  } catch (err) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}

interface RegisteredFile {
  sha256: string;
  /** How the file is attached, for the message: ` ("hội nghị.png", activity 12)`. */
  label: string;
}

/** The evidence files the snapshot registers, checked to be on disk before anything is written. */
async function registeredFiles(tx: Tx, store: EvidenceStore): Promise<RegisteredFile[]> {
  const found = await execIn(
    tx,
    `SELECT f.sha256,
            (SELECT '"' || a.filename || '", activity ' || a.activity_id FROM activity_evidence a WHERE a.sha256 = f.sha256 ORDER BY a.id LIMIT 1) AS evidence,
            (SELECT '"' || r.filename || '", report ' || r.report_id FROM report_attachments r WHERE r.sha256 = f.sha256 ORDER BY r.id LIMIT 1) AS attachment
       FROM evidence_files f ORDER BY f.sha256`,
  );
  const files = found.map((r) => {
    const uses = [r.evidence, r.attachment].filter((u): u is string => typeof u === 'string');
    return { sha256: String(r.sha256), label: uses.length ? ` (${uses.join('; ')})` : '' };
  });
  const missing: RegisteredFile[] = [];
  for (const f of files) if (!(await store.has(f.sha256))) missing.push(f);
  if (missing.length) throw missingFiles(store.dir, missing);
  return files;
}

function missingFiles(dir: string, missing: RegisteredFile[]): BackupError {
  const shown = missing.slice(0, 5).map((f) => `${f.sha256}${f.label}`);
  const more = missing.length > shown.length ? `, and ${missing.length - shown.length} more` : '';
  const what = missing.length === 1 ? 'evidence file registered in the database is' : 'evidence files registered in the database are';
  return new BackupError(`Backup failed: ${missing.length} ${what} missing from ${dir}: ${shown.join(', ')}${more}. No backup was written.`);
}

export class RestoreError extends Error {}

/**
 * Restores a backup into a migrated database at the same migration. The target must be empty
 * unless `replace` is set, in which case its data is replaced. All in one transaction.
 */
export async function restoreFrom(database: Database, file: string, opts: { replace?: boolean } & FileOptions = {}): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown> | null> => {
    const r = await iterator.next();
    if (r.done) return null;
    try {
      return JSON.parse(r.value) as Record<string, unknown>;
    } catch {
      throw new RestoreError('The backup file is damaged (a line is not valid JSON).');
    }
  };
  let header: Record<string, unknown> | null;
  try {
    header = await next();
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    throw new RestoreError(`Not a tuyentruyen backup file: ${(err as Error).message}`);
  }
  if (header?.format !== FORMAT) throw new RestoreError('Not a tuyentruyen backup file.');
  const status = await migrationStatus(database);
  if (header.migrations !== status.applied) {
    throw new RestoreError(`The backup was made at migration ${String(header.migrations)}; this database is at ${status.applied}. Use the same version of tuyentruyen.`);
  }
  const counts: Record<string, number> = {};
  await database.db.transaction(async (tx) => {
    const exec = async (text: string, params: unknown[] = []) => ({ rows: await execIn(tx, text, params) });
    const existing = await exec(`SELECT ${BACKUP_TABLES.map((t) => `(SELECT count(*) FROM ${t.name})`).join(' + ')} AS n`);
    if (Number(existing.rows[0]?.n ?? 0) > 0) {
      if (!opts.replace) throw new RestoreError('The target database is not empty. Restore into a new database, or pass --replace to overwrite its data.');
      await exec(`TRUNCATE ${BACKUP_TABLES.map((t) => t.name).join(', ')}`);
    }
    let table: TableSpec | undefined;
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await exec(`INSERT INTO ${table.name} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${table.name}, $1::json)`, [
        JSON.stringify(batch),
      ]);
      counts[table.name] = (counts[table.name] ?? 0) + batch.length;
      batch = [];
    };
    for (;;) {
      const line = await next();
      if (line === null) throw new RestoreError('The backup file is incomplete (no end marker).');
      if (typeof line.table === 'string') {
        await flush();
        table = BACKUP_TABLES.find((t) => t.name === line.table);
        if (!table) throw new RestoreError(`The backup has an unknown table "${line.table}".`);
        counts[table.name] = 0;
        continue;
      }
      if (typeof line.file === 'string') {
        await flush();
        if (opts.filesDir) {
          const saved = await new EvidenceStore(opts.filesDir).put(Buffer.from(String(line.data), 'base64'));
          if (saved.sha256 !== line.file) throw new RestoreError(`Evidence file ${line.file} is damaged in the backup.`);
        }
        counts.files = (counts.files ?? 0) + 1;
        continue;
      }
      if (line.end === true) {
        await flush();
        const expected = line.counts as Record<string, number>;
        for (const [name, n] of Object.entries(expected)) {
          if ((counts[name] ?? 0) !== n) throw new RestoreError(`Table ${name}: ${counts[name] ?? 0} rows restored, ${n} expected.`);
        }
        break;
      }
      batch.push(line);
      if (batch.length >= 500) await flush();
    }
    for (const t of BACKUP_TABLES) {
      if (!t.identity) continue;
      await exec(
        `SELECT setval(pg_get_serial_sequence('${t.name}', '${t.identity}'), coalesce(max(${t.identity}), 1), max(${t.identity}) IS NOT NULL) FROM ${t.name}`,
      );
    }
  });
  return { migrations: status.applied, counts };
}
