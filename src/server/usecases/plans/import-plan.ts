import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
import { MAX_FILE_BYTES, PlanImportError, type ImportErrorCode } from '../../../documents/import/index.ts';
import { formatBytes } from '../../../documents/import/errors.ts';
import { ParseRefusedError, type ParsePool, type RefusalReason } from '../../../documents/import/parse-pool.ts';
import type { ReadUpload } from '../../../documents/import/read-upload.ts';
import type { PlanDocument } from '../../../domain/plans/document.ts';
import { draftFromDocument } from '../../../domain/plans/from-document.ts';
import { foldForSearch } from '../../../domain/text/fold.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { AppError, notFound, type ErrorKind } from '../../errors.ts';
import { insertDraft } from './write-plan.ts';

/** What the person who chose the file reads, in Vietnamese, for each refusal of the reader. */
const MESSAGES: Record<ImportErrorCode, string> = {
  'not-found': 'Không tìm thấy tệp.',
  'not-a-file': 'Không phải là tệp.',
  unreadable: 'Không đọc được tệp.',
  'unsupported-type': 'Chỉ đọc được tệp .docx, .txt hoặc .md.',
  empty: 'Tệp rỗng.',
  'too-large': 'Tệp quá lớn (tối đa 50 MB).',
  binary: 'Tệp không phải văn bản (có thể là tệp nhị phân).',
  'unknown-encoding': 'Không nhận ra bảng mã của văn bản; hãy lưu lại dưới dạng Unicode (UTF-8).',
  'docx-not-zip': 'Tệp .docx bị hỏng (không phải định dạng Word hợp lệ).',
  'docx-corrupt': 'Tệp .docx bị hỏng, không đọc được.',
  'docx-no-body': 'Tệp .docx không có nội dung văn bản.',
  'zip-bomb': 'Tệp .docx có cấu trúc bất thường (nén quá mức), bị từ chối vì lý do an toàn.',
  'legacy-doc': 'Định dạng .doc cũ không được hỗ trợ; hãy lưu lại thành .docx.',
  'not-a-plan': 'Văn bản này không giống một kế hoạch hay hướng dẫn (không thấy tiêu đề, số hiệu, các mục…).',
};

/**
 * A refusal the error kinds do not name: a file too complex to read within the limits (422), or a
 * reader too busy or stopping (503, with the seconds to wait before trying again).
 */
export class ImportRefusal extends AppError {
  override readonly status: number;
  constructor(
    status: number,
    kind: ErrorKind,
    code: string,
    message: string,
    details: unknown,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(kind, code, message, details);
    this.status = status;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`;
const SPLIT_ADVICE = 'Hãy chia tệp thành các phần nhỏ hơn, hoặc lưu lại dưới dạng văn bản thuần (.txt), rồi thử lại.';

function refusalOf(err: ParseRefusedError): AppError {
  const { timeoutMs, memoryMb } = err.limits;
  const details = { reason: err.reason, detail: err.message };
  const answers: Record<RefusalReason, () => AppError> = {
    timeout: () =>
      new ImportRefusal(422, 'invalid', 'import_too_complex', `Tệp quá phức tạp để đọc trong thời gian cho phép (${seconds(timeoutMs)}). ${SPLIT_ADVICE}`, {
        ...details,
        limitMs: timeoutMs,
      }),
    memory: () =>
      new ImportRefusal(422, 'invalid', 'import_too_complex', `Tệp quá phức tạp để đọc: cần nhiều bộ nhớ hơn mức cho phép (${memoryMb} MB). ${SPLIT_ADVICE}`, {
        ...details,
        limitMb: memoryMb,
      }),
    busy: () => new ImportRefusal(503, 'rate_limited', 'import_busy', 'Máy chủ đang đọc nhiều tệp khác. Vui lòng thử lại sau ít phút.', details, 30),
    closed: () => new ImportRefusal(503, 'rate_limited', 'import_unavailable', 'Máy chủ đang dừng nên chưa đọc được tệp. Vui lòng thử lại sau.', details, 30),
    crashed: () =>
      new ImportRefusal(500, 'invalid', 'import_failed', 'Trình đọc tệp gặp lỗi và đã dừng. Vui lòng thử lại hoặc báo quản trị viên.', details),
  };
  return answers[err.reason]();
}

/**
 * Reads an uploaded plan (in a worker of the pool: the main thread never parses) and returns the plan
 * beside its text. Refusals: the reader's (400/413/415, one code per cause) and the pool's (422 too
 * complex, 503 busy).
 */
export async function parseUpload(pool: ParsePool, data: Buffer, filename: string): Promise<ReadUpload> {
  try {
    // Refused here rather than copied to a worker to be refused there.
    if (data.length >= MAX_FILE_BYTES) {
      throw new PlanImportError('too-large', `the file is ${formatBytes(data.length)}; plans are read up to ${formatBytes(MAX_FILE_BYTES)}`);
    }
    return await pool.parse(data, filename);
  } catch (err) {
    if (err instanceof PlanImportError) {
      const kind = err.code === 'too-large' ? 'too_large' : err.code === 'unsupported-type' ? 'unsupported' : 'invalid';
      throw new AppError(kind, `import_${err.code.replace(/-/g, '_')}`, MESSAGES[err.code], { detail: err.message });
    }
    if (err instanceof ParseRefusedError) throw refusalOf(err);
    throw err;
  }
}

/** Links names printed in a document to units the person can see (exact folded name). */
async function unitMatcher(tx: Executor, scope: readonly string[]): Promise<(name: string) => number | null> {
  if (scope.length === 0) return () => null;
  const found = await rows<{ id: number; key: string }>(
    tx,
    sql`SELECT id, search_key AS key FROM units WHERE retired_at IS NULL AND (${sql.join(scope.map((p) => sql`path LIKE ${p + '%'}`), sql` OR `)})`,
  );
  const byKey = new Map<string, number>();
  for (const u of found) if (!byKey.has(u.key)) byKey.set(u.key, u.id);
  return (name) => byKey.get(foldForSearch(name.replace(/\s*\(.*\)\s*$/, ''))) ?? null;
}

/** Saves a parsed (and corrected) document as a draft plan of the unit. */
export async function saveImportedDraft(ctx: UseCaseContext, unitId: number, doc: PlanDocument, scope: readonly string[]): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const match = await unitMatcher(tx, scope);
    // A line naming the issuer itself ("Lưu: …") stays text: a unit never sends its plan to itself.
    const draft = draftFromDocument(doc, (name) => {
      const id = match(name);
      return id === unitId ? null : id;
    });
    return insertDraft(tx, ctx, unitId, draft, { action: 'plan.import', summary: 'Nhập dự thảo "{title}" từ tệp' });
  });
}

/** Registers a parsed document from outside as a citable external document of the unit. */
export async function registerExternalDocument(ctx: UseCaseContext, unitId: number, doc: PlanDocument): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const unit = await one<{ path: string; name: string }>(tx, sql`SELECT path, name FROM units WHERE id = ${unitId}`);
    if (!unit) throw notFound('đơn vị');
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO external_documents (unit_id, kind, serial, symbol, issued_on, issuer, title, search_key, document, created_by)
          VALUES (${unitId}, ${doc.kind}, ${doc.serial}, ${doc.symbol}, ${doc.date}, ${doc.issuer}, ${doc.title || 'Văn bản không có trích yếu'},
                  ${foldForSearch(`${doc.title} ${doc.symbol ?? ''} ${doc.issuer ?? ''}`)}, ${JSON.stringify(doc)}::jsonb, ${ctx.actor.userId || null})
          RETURNING id`,
    );
    const number = doc.symbol ? `${doc.serial ?? '…'}-${doc.symbol}` : 'không số';
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit.path,
      action: 'external_document.register',
      entity: 'external_document',
      entityId: row!.id,
      summary: `Đăng ký văn bản ngoài hệ thống số ${number} của ${doc.issuer ?? 'đơn vị khác'} cho "${unit.name}"`,
    });
    return row!.id;
  });
}
