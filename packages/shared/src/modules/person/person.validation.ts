import { GENDERS, PARTY_POSTS, PARTY_STATUSES, type Gender, type PartyPost, type PartyStatus } from '../../vocabulary';
import { daysBetween } from '../../rules/periods';
import type { PERSON_REASONS } from './person.reasons';
import { PERSON_LIMITS as L, STAFF_CATEGORIES, type StaffCategory } from './person.vocabulary';

/**
 * The one check of a person, run by the API before it writes (a form's create and edit, and
 * every row of an Excel import) and by the web form and the importer in the browser: the same
 * limits, trimming, character count and reasons on the same fields. A plain function rather
 * than a schema parse: an import checks 5,000 rows with it, in the browser and again on the
 * server, and it must stay in the milliseconds.
 */

/** The fields of a person, in the order of the form and of the Excel columns. */
export const PERSON_FIELDS = [
  'staffNo',
  'name',
  'gender',
  'category',
  'partyStatus',
  'joinedOn',
  'fullMemberOn',
  'partyPost',
  'partyGroup',
  'phone',
  'idNumber',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

type Params = Record<string, string | number>;
export type PersonReason = keyof typeof PERSON_REASONS;

export interface PersonProblem {
  field: PersonField;
  reason: PersonReason;
  params?: Params;
}

/** A person as the user gave it: nothing trimmed yet; a choice the user left empty is null. */
export interface PersonDraft {
  staffNo: string;
  name: string;
  gender: Gender | null;
  category: StaffCategory | null;
  partyStatus: PartyStatus | null;
  joinedOn?: string | null;
  fullMemberOn?: string | null;
  partyPost?: PartyPost | null;
  partyGroup?: string | null;
  phone?: string | null;
  idNumber?: string | null;
}

/** A person as stored: text trimmed, empty text null, the party fields of a non-member null. */
export interface PersonValue {
  staffNo: string;
  name: string;
  gender: Gender;
  category: StaffCategory;
  partyStatus: PartyStatus;
  joinedOn: string | null;
  fullMemberOn: string | null;
  partyPost: PartyPost | null;
  partyGroup: string | null;
  phone: string | null;
  idNumber: string | null;
}

/** Text length as people count it: in characters (code points). */
const chars = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

const STAFF_NO = /^[A-Za-z0-9_-]+$/;
const PHONE = /^\+?[0-9][0-9 -]{5,22}[0-9]$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** GB 11643: 17 digits and a check character (0-9 or X) computed from them. */
export function isIdNumber(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * weights[i];
  return '10X98765432'[sum % 11] === s[17].toUpperCase();
}

/** The digits of a phone number, as stored (spaces and dashes dropped, a leading + kept). */
const phoneDigits = (s: string) => s.replace(/[ -]/g, '');

/**
 * Checks a person and returns every problem in the order of the fields, and the value to store
 * when there is none. `today` is 'YYYY-MM-DD' in the bureau's time zone.
 */
export function validatePerson(
  input: PersonDraft,
  ctx: { today: string },
): { value?: PersonValue; problems: PersonProblem[] } {
  const problems: PersonProblem[] = [];
  const add = (field: PersonField, reason: PersonReason, params?: Params) =>
    problems.push(params ? { field, reason, params } : { field, reason });

  const staffNo = clean(input.staffNo);
  if (!staffNo) add('staffNo', 'STAFF_NO_REQUIRED');
  else if (chars(staffNo) > L.staffNoMax || !STAFF_NO.test(staffNo))
    add('staffNo', 'STAFF_NO_INVALID', { max: L.staffNoMax });

  const name = clean(input.name);
  if (!name) add('name', 'NAME_REQUIRED');
  else if (chars(name) > L.nameMax) add('name', 'NAME_TOO_LONG', { max: L.nameMax });

  const choice = <T extends string>(field: PersonField, value: T | null | undefined, allowed: readonly T[]) => {
    if (value == null) add(field, 'VALUE_REQUIRED');
    else if (!allowed.includes(value)) add(field, 'VALUE_UNKNOWN', { value, allowed: allowed.join(', ') });
  };
  choice('gender', input.gender, GENDERS);
  choice('category', input.category, STAFF_CATEGORIES);
  choice('partyStatus', input.partyStatus, PARTY_STATUSES);
  const member = input.partyStatus === 'FULL' || input.partyStatus === 'PROBATIONARY';
  const nonMember = input.partyStatus === 'NONE';

  const joinedOn = clean(input.joinedOn);
  const fullMemberOn = clean(input.fullMemberOn);
  const date = (field: PersonField, d: string | null, future: boolean) => {
    if (d == null) return true;
    if (nonMember) return (add(field, 'NOT_A_MEMBER_FIELD'), false);
    if (!isIsoDate(d) || (!future && d > ctx.today) || -daysBetween(ctx.today, d) > L.joinedYearsBack * 366)
      return (add(field, 'PERSON_DATE_INVALID'), false);
    return true;
  };
  const joinedOk = date('joinedOn', joinedOn, false);
  const fullOk = date('fullMemberOn', fullMemberOn, true);
  if (input.partyStatus === 'PROBATIONARY') {
    if (!joinedOn) add('joinedOn', 'JOINED_ON_REQUIRED');
    if (!fullMemberOn) add('fullMemberOn', 'FULL_MEMBER_ON_REQUIRED');
    else if (joinedOn && joinedOk && fullOk) {
      const days = daysBetween(joinedOn, fullMemberOn);
      if (days <= 0 || days > L.probationMaxDays) add('fullMemberOn', 'FULL_MEMBER_ON_ORDER');
    }
  }

  const partyPost = input.partyPost ?? null;
  if (partyPost != null) {
    if (!PARTY_POSTS.includes(partyPost))
      add('partyPost', 'VALUE_UNKNOWN', { value: partyPost, allowed: PARTY_POSTS.join(', ') });
    else if (!member) add('partyPost', 'NOT_A_MEMBER_FIELD');
  }
  const partyGroup = clean(input.partyGroup);
  if (partyGroup != null) {
    if (chars(partyGroup) > L.partyGroupMax) add('partyGroup', 'PARTY_GROUP_TOO_LONG', { max: L.partyGroupMax });
    else if (nonMember) add('partyGroup', 'NOT_A_MEMBER_FIELD');
  }

  const phoneText = clean(input.phone);
  const phone = phoneText == null ? null : phoneDigits(phoneText);
  if (phoneText != null && (!PHONE.test(phoneText) || phone!.replace('+', '').length < 7 || phone!.length > 21))
    add('phone', 'PHONE_INVALID');
  const idText = clean(input.idNumber);
  if (idText != null && !isIdNumber(idText)) add('idNumber', 'ID_NUMBER_INVALID');

  if (problems.length) return { problems };
  return {
    value: {
      staffNo: staffNo!,
      name: name!,
      gender: input.gender!,
      category: input.category!,
      partyStatus: input.partyStatus!,
      joinedOn: member ? joinedOn : null,
      fullMemberOn: input.partyStatus === 'PROBATIONARY' ? fullMemberOn : null,
      partyPost: member ? partyPost : null,
      partyGroup: member ? partyGroup : null,
      phone,
      idNumber: idText?.toUpperCase() ?? null,
    },
    problems,
  };
}

/** Why a person leaves the school: required, at most leaveReasonMax characters. */
export function leaveReasonProblem(reason: string): PersonReason | null {
  const r = reason.trim();
  if (!r) return 'LEAVE_REASON_REQUIRED_PERSON';
  return chars(r) > L.leaveReasonMax ? 'LEAVE_REASON_TOO_LONG_PERSON' : null;
}
