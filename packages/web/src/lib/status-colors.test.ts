import {
  completionColor,
  formatRate,
  isComplianceStatus,
  STATUS_COLORS,
  statusFromIndex,
  statusIndex,
} from './status-colors';

describe('status colours', () => {
  test('every status has a distinct colour and round-trips through its index', () => {
    const statuses = ['MET', 'MISSED', 'PENDING', 'NOT_APPLICABLE'] as const;
    // four statuses, four colours
    expect(new Set(statuses.map((s) => STATUS_COLORS[s])).size).toBe(4);
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
  });

  test('rate formatting', () => {
    expect(formatRate(0.875)).toBe('88%');
    expect(formatRate(null)).toBe('—');
  });
});
