import { normaliseText, textProblem } from '.';

test('NUL and lone surrogates are refused; pairs and ordinary text pass', () => {
  expect(textProblem('a\u0000b')).toBe('NUL');
  expect(textProblem('\ud800')).toBe('LONE_SURROGATE');
  expect(textProblem('x\udc00')).toBe('LONE_SURROGATE');
  expect(textProblem('学习 😀 \u{20000}')).toBeNull();
});

test('zero-width-only text counts as empty', () => {
  expect(normaliseText('\u200b\u200b')).toBe('');
  expect(normaliseText(' \ufeff ')).toBe('');
  expect(normaliseText('a\u200b')).toBe('a\u200b');
});
