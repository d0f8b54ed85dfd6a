import { base64Bytes, FILE_LIMITS, fileProblem, isBase64, REQUEST_BODY_MAX_BYTES, sniffFileType } from '.';

const bytes = (...b: number[]) => Uint8Array.from(b);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);

describe('attached files: type by content, size by the request cap', () => {
  test('PDF, JPEG and PNG are recognised by their first bytes', () => {
    expect([PDF, JPEG, PNG].map(sniffFileType)).toEqual(['PDF', 'JPEG', 'PNG']);
  });
  test('anything else is refused, whatever it would be called', () => {
    const gif = bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61);
    const html = new TextEncoder().encode('<html><script>alert(1)</script>');
    const zipDocx = bytes(0x50, 0x4b, 0x03, 0x04);
    const almostPdf = bytes(0x25, 0x50, 0x44, 0x46); // '%PDF' without the dash
    for (const b of [gif, html, zipDocx, almostPdf, bytes(0xff, 0xd8)])
      expect(fileProblem(b)).toEqual({ reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(fileProblem(bytes())).toEqual({ reason: 'FILE_EMPTY' });
    expect(fileProblem(PDF)).toBeNull();
  });
  test('a file is at most what fits base64-encoded in one request, with room for the rest', () => {
    const max = FILE_LIMITS.maxBytes;
    expect(Math.ceil(max / 3) * 4).toBeLessThan(REQUEST_BODY_MAX_BYTES - 32 * 1024);
    const big = new Uint8Array(max + 1);
    big.set(PNG);
    expect(fileProblem(big)).toEqual({ reason: 'FILE_TOO_LARGE', params: { max: '720 KB' } });
    expect(fileProblem(big.subarray(0, max))).toBeNull();
  });
  test('base64 is checked strictly and measured without decoding', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100]) {
      const s = btoa(String.fromCharCode(...new Array<number>(n).fill(7)));
      expect([n, isBase64(s), base64Bytes(s)]).toEqual([n, true, n]);
    }
    for (const s of ['abc', 'ab=c', 'a b=', '####', 'QUJD\n', 'QQ===']) expect([s, isBase64(s)]).toEqual([s, false]);
    // a string at the body cap is checked quickly (no catastrophic backtracking)
    const huge = 'A'.repeat(REQUEST_BODY_MAX_BYTES);
    const t = Date.now();
    expect(isBase64(huge)).toBe(true);
    expect(isBase64(`${huge}=`)).toBe(false);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
