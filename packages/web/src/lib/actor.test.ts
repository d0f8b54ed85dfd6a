import { can } from '@djt/shared';
import { actorFromMe, homePath, orgRefOf } from './actor';

const bureau = { id: 'b1', level: 'BUREAU' as const, bureauId: 'b1', districtId: null, schoolId: null };
const district = { id: 'd1', level: 'DISTRICT' as const, bureauId: 'b1', districtId: 'd1', schoolId: null };
const school = { id: 's1', level: 'SCHOOL' as const, bureauId: 'b1', districtId: 'd1', schoolId: 's1' };

describe('actor from me', () => {
  test('lands on the highest organisation', () => {
    expect(homePath(actorFromMe({ userId: 'u', roles: [{ role: 'BUREAU_ADMIN', organisation: bureau }] }))).toBe(
      '/bureau/b1',
    );
    expect(homePath(actorFromMe({ userId: 'u', roles: [{ role: 'DISTRICT_VIEWER', organisation: district }] }))).toBe(
      '/district/d1',
    );
    expect(homePath(actorFromMe({ userId: 'u', roles: [{ role: 'MEMBER', organisation: school }] }))).toBe(
      '/school/s1',
    );
    expect(homePath(actorFromMe({ userId: 'u', roles: [] }))).toBe('/no-role');
  });

  test("a district admin reads but never edits a school's own records; the secretary edits", () => {
    const districtAdmin = actorFromMe({ userId: 'u', roles: [{ role: 'DISTRICT_ADMIN', organisation: district }] });
    const secretary = actorFromMe({
      userId: 'v',
      personId: 'p',
      roles: [{ role: 'SCHOOL_SECRETARY', organisation: school }],
    });
    expect(can(districtAdmin, 'person.read', orgRefOf(school))).toBe(true);
    expect(can(districtAdmin, 'person.write', orgRefOf(school))).toBe(false);
    expect(can(secretary, 'person.write', orgRefOf(school))).toBe(true);
  });
});
