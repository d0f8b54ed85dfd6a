import { PERMISSIONS, SHARED_MODULES } from '@djt/shared';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-cn';
import { RECORD_AUDIT_ENTITIES, WEB_RECORD_MODULES, withModuleMessages } from '.';

/** Every key path of a message tree ('a.b.c'), sorted. */
const keyPaths = (o: object, prefix = ''): string[] =>
  Object.entries(o)
    .flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keyPaths(v as object, `${prefix}${k}.`)))
    .sort();
const lookup = (o: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);

describe('the web record modules', () => {
  const resources = { zh: withModuleMessages(zhCN, 'zh-CN'), en: withModuleMessages(en, 'en') };

  test('each is a module of the shared list, once', () => {
    const shared = SHARED_MODULES.map((m) => m.name as string);
    const names = WEB_RECORD_MODULES.map((m) => m.name);
    expect(names.filter((n) => !shared.includes(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  test("each one's write permission is a permission on its own records", () => {
    for (const m of WEB_RECORD_MODULES) expect(PERMISSIONS[m.writePermission]?.kind).toBe('own');
  });

  test('strings: zh-CN and en have the same keys; the title and audit labels resolve in both', () => {
    for (const m of WEB_RECORD_MODULES) {
      expect(keyPaths(m.messages.en)).toEqual(keyPaths(m.messages['zh-CN']));
      expect(Object.keys(zhCN)).not.toContain(m.i18nKey);
      for (const key of [m.titleKey, ...Object.values(m.auditEntities)])
        for (const lng of ['zh', 'en'] as const) expect(typeof lookup(resources[lng], key)).toBe('string');
    }
  });

  test('a module key taken twice is refused', () => {
    expect(() => withModuleMessages({ [WEB_RECORD_MODULES[0].i18nKey]: {} }, 'zh-CN')).toThrow(/already taken/);
  });

  test("the audit trail's record kinds: each module's, each kind once", () => {
    const kinds = WEB_RECORD_MODULES.flatMap((m) => Object.keys(m.auditEntities));
    expect(Object.keys(RECORD_AUDIT_ENTITIES)).toEqual(kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
