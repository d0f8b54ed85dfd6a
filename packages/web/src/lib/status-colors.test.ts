import { contrastRatio } from './contrast';
import {
  completionBand,
  completionColor,
  formatRate,
  isComplianceStatus,
  STATUS_BACKGROUNDS,
  STATUS_COLORS,
  STATUS_ON_FILL,
  STATUS_TEXT_COLORS,
  statusFromIndex,
  statusIndex,
} from './status-colors';

const statuses = ['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'] as const;

describe('status colours', () => {
  test('every status has a distinct colour and round-trips through its index', () => {
    // four statuses, four colours
    expect(new Set(statuses.map((s) => STATUS_COLORS[s])).size).toBe(4);
    expect(new Set(statuses.map((s) => STATUS_BACKGROUNDS[s])).size).toBe(4);
    for (const s of statuses) expect(statusFromIndex(statusIndex(s))).toBe(s);
  });

  test('unknown status maps to -1', () => {
    expect(statusIndex('NOPE')).toBe(-1);
    expect(isComplianceStatus('MET')).toBe(true);
    expect(isComplianceStatus('NOPE')).toBe(false);
  });

  test('completion bands', () => {
    expect(completionColor(1)).toBe(STATUS_COLORS.MET);
    expect(completionColor(0.9)).toBe(STATUS_COLORS.MET);
    expect(completionColor(0.6)).toBe(STATUS_COLORS.PENDING);
    expect(completionColor(0.59)).toBe(STATUS_COLORS.MISSED);
    expect(completionColor(null)).toBe(STATUS_COLORS.NOT_APPLICABLE);
    expect(completionBand(0.75)).toBe('PENDING');
  });

  test('rate formatting', () => {
    expect(formatRate(0.875)).toBe('88%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('WCAG contrast of status text (AA: at least 4.5:1)', () => {
  test('the contrast formula matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // antd's warning tag, the pair this test exists for: far below AA
    expect(contrastRatio('#faad14', '#fffbe6')).toBeCloseTo(1.83, 2);
    expect(() => contrastRatio('orange', '#fff')).toThrow();
  });

  test.each(statuses)('%s: label text on its light background', (s) => {
    expect(contrastRatio(STATUS_TEXT_COLORS[s], STATUS_BACKGROUNDS[s])).toBeGreaterThanOrEqual(4.5);
  });

  test.each(statuses)('%s: the symbol on its solid fill (dots, legend)', (s) => {
    expect(contrastRatio(STATUS_ON_FILL, STATUS_COLORS[s])).toBeGreaterThanOrEqual(4.5);
  });

  test.each(statuses)('%s: the status colour as text on white (rates, counts)', (s) => {
    expect(contrastRatio(STATUS_COLORS[s], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(STATUS_TEXT_COLORS[s], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
