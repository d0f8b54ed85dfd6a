import { DEFAULT_RANKING_SORT, searchRanking, sortRanking, type RankedRowLike } from './ranking';

const row = (p: Partial<RankedRowLike> & { schoolId: string }): RankedRowLike => ({
  schoolName: p.schoolId,
  districtId: 'd1',
  districtName: '东湖区',
  schoolType: 'PRIMARY',
  rates: [],
  score: null,
  rank: null,
  districtRank: null,
  ...p,
});

const rows = [
  row({ schoolId: 'b', schoolName: '乙小学', rates: [0.5, 1], score: 0.75, rank: 2, districtRank: 1 }),
  row({
    schoolId: 'a',
    schoolName: '甲小学',
    rates: [1, 0.9],
    score: 0.95,
    rank: 1,
    districtRank: 1,
    districtName: '西湖区',
  }),
  row({ schoolId: 'n', schoolName: '新学校', rates: [null, null] }),
  row({ schoolId: 'c', schoolName: '丙中学', rates: [0.5, null], score: 0.5, rank: 3, districtRank: 2 }),
];
const ids = (rs: RankedRowLike[]) => rs.map((r) => r.schoolId);

describe('school × rule ranking', () => {
  test('opens best first by rank; unranked last', () => {
    expect(ids(sortRanking(rows, DEFAULT_RANKING_SORT))).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(sortRanking(rows, null))).toEqual(['a', 'b', 'c', 'n']);
  });

  test('sorts by any rule column and by score, missing rates last both ways', () => {
    expect(ids(sortRanking(rows, { field: 'rule:0', order: 'ascend' }))).toEqual(['b', 'c', 'a', 'n']);
    expect(ids(sortRanking(rows, { field: 'rule:0', order: 'descend' }))).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(sortRanking(rows, { field: 'rule:1', order: 'ascend' }))).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(sortRanking(rows, { field: 'score', order: 'ascend' }))).toEqual(['c', 'b', 'a', 'n']);
  });

  test('sorts by name and district; ties by rank', () => {
    expect(ids(sortRanking(rows, { field: 'districtName', order: 'ascend' }))).toEqual(['b', 'c', 'n', 'a']);
    expect(ids(sortRanking(rows, { field: 'districtRank', order: 'ascend' }))).toEqual(['a', 'b', 'c', 'n']);
    expect(sortRanking(rows, { field: 'schoolName', order: 'descend' })).toHaveLength(4);
  });

  test('search by school name', () => {
    expect(ids(searchRanking(rows, '小学'))).toEqual(['b', 'a']);
    expect(searchRanking(rows, '  ')).toHaveLength(4);
  });
});
