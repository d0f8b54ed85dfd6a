/**
 * Files people attach to records (minutes, a photo of a signed sheet): which types
 * are accepted and how large, one rule for the API and the web client. The type is decided by
 * the content (its first bytes), never by the file's name or the type a browser claims.
 */

/** The API's cap on a request body (server.ts); an upload travels inside one, base64-encoded. */
export const REQUEST_BODY_MAX_BYTES = 1024 * 1024;
/** Room kept in a request for the operation text and the upload's other fields. */
const ENVELOPE_BYTES = 64 * 1024;

export const FILE_TYPES = ['PDF', 'JPEG', 'PNG'] as const;
export type FileType = (typeof FILE_TYPES)[number];

export const FILE_CONTENT_TYPES: Record<FileType, string> = {
  PDF: 'application/pdf',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
};

export const FILE_LIMITS = {
  /** Bytes of one file: what fits base64-encoded (4 characters per 3 bytes) in one request. */
  maxBytes: Math.floor(((REQUEST_BODY_MAX_BYTES - ENVELOPE_BYTES) / 4) * 3),
  /** Characters of a file's name. */
  nameMax: 100,
} as const;

const SIGNATURES: readonly [FileType, readonly number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The file's type from its first bytes (its magic number), or null when it is none we accept. */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  for (const [type, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return type;
  return null;
}

/** Why a file is refused, or null: empty, too large, or not a PDF, JPEG or PNG by its content. */
export function fileProblem(
  bytes: Uint8Array,
):
  | { reason: 'FILE_EMPTY' }
  | { reason: 'FILE_TOO_LARGE'; params: { max: string } }
  | { reason: 'FILE_TYPE_NOT_ALLOWED' }
  | null {
  if (bytes.length === 0) return { reason: 'FILE_EMPTY' };
  if (bytes.length > FILE_LIMITS.maxBytes)
    return { reason: 'FILE_TOO_LARGE', params: { max: formatBytes(FILE_LIMITS.maxBytes) } };
  if (!sniffFileType(bytes)) return { reason: 'FILE_TYPE_NOT_ALLOWED' };
  return null;
}

/** 737280 → '720 KB' (binary kilobytes, as file managers show them). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether a string is canonical base64 (what an upload must be; lenient decoders skip junk). */
export function isBase64(s: string): boolean {
  return BASE64.test(s);
}

/** Bytes a base64 string decodes to, without decoding it (for refusing a large file early). */
export function base64Bytes(s: string): number {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return Math.floor((s.length / 4) * 3) - pad;
}
