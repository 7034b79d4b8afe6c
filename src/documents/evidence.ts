import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Evidence a unit attaches to an activity: photos and scans, checked by content, not by name. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const SIGNATURES: { mime: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'image/gif', test: (b) => b.subarray(0, 6).toString('latin1').startsWith('GIF8') },
  { mime: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

export class EvidenceRejected extends Error {}

/** The file's real type from its first bytes; anything else is refused. */
export function sniffEvidence(data: Buffer): string {
  if (data.length === 0) throw new EvidenceRejected('Tệp rỗng.');
  if (data.length > MAX_EVIDENCE_BYTES) throw new EvidenceRejected(`Tệp lớn hơn ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`);
  const kind = SIGNATURES.find((s) => s.test(data));
  if (!kind) throw new EvidenceRejected('Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.');
  return kind.mime;
}

/** Files live under `dir/ab/abcdef…` named by their SHA-256: the same photo twice is stored once. */
export class EvidenceStore {
  constructor(readonly dir: string) {}

  private pathOf(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(data: Buffer): Promise<{ sha256: string; mime: string; size: number; stored: boolean }> {
    const mime = sniffEvidence(data);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (!exists) {
      await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, target);
    }
    return { sha256, mime, size: data.length, stored: !exists };
  }

  /** Whether the file of this hash is in the store. */
  async has(sha256: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return false;
    return stat(this.pathOf(sha256)).then((s) => s.isFile(), () => false);
  }

  get(sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad hash');
    return readFile(this.pathOf(sha256));
  }
}
