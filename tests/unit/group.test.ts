import { describe, expect, it } from 'vitest';
import { groupStateSchema, worksheetSchema } from '../../src/lib/group/schema';
import {
  addCheckIn,
  addContribution,
  createWorksheet,
  deleteWorksheet,
  duplicateWorksheet,
  emptyGroupState,
  emptyWorksheet,
  getWorksheet,
  groupSpec,
  insertWorksheet,
  listWorksheets,
  membersWithoutContribution,
  mergeGroupStates,
  removeCheckIn,
  removeContribution,
  renameWorksheet,
  restoreWorksheet,
  sectionStatus,
  unansweredFields,
  unansweredSections,
  updateCheckIn,
  updateContribution,
  updateSection,
  type GroupState,
} from '../../src/lib/group/state';
import { isIsoDate, isValidId } from '../../src/lib/shared/ids';
import { limits, type Worksheet } from '../../src/lib/group/types';
import { decodeEnvelope, encodeEnvelope } from '../../src/lib/storage/envelope';

const t0 = new Date('2026-11-01T10:00:00Z');
const t1 = new Date('2026-11-02T10:00:00Z');
const t2 = new Date('2026-11-03T10:00:00Z');

/** Deep-freeze, so any mutation by a transition throws in strict mode. */
function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
}

const withOne = (): GroupState => freeze(createWorksheet(emptyGroupState(), 'Lederne', 'w1', t0));
const ws = (s: GroupState, id = 'w1'): Worksheet => getWorksheet(s, id)!;

describe('group spec', () => {
  it('has the kind, version and count the storage layer expects', async () => {
    expect(groupSpec.kind).toBe('groupPurpose');
    expect(groupSpec.version).toBe(2);
    const s = createWorksheet(withOne(), 'Erfa', 'w2', t0);
    expect(groupSpec.count(s)).toBe(2);
    expect(groupSpec.count(groupSpec.empty())).toBe(0);
    expect(await groupSpec.loadSchema()).toBe(groupStateSchema);
  });

  it('stores and reads back through the envelope, and marks broken data corrupt', () => {
    let s = withOne();
    s = updateSection(s, 'w1', 'purpose', { text: 'Lære af hinanden', first: 'learning' }, t1);
    s = addCheckIn(s, 'w1', { id: 'c1', date: '2026-11-02', ratings: { purpose: 4 } }, t1);
    const raw = encodeEnvelope(groupSpec, s, 'now');
    expect(decodeEnvelope(raw, groupSpec, groupStateSchema)).toEqual({ status: 'ok', data: s, savedAt: 'now' });
    const bad = raw.replace('"learning"', '"money"');
    expect(decodeEnvelope(bad, groupSpec, groupStateSchema).status).toBe('corrupt');
  });
});

describe('migration of older worksheets', () => {
  it('reads a version-1 worksheet (no members’ results, no votes) and keeps everything else', () => {
    let s = withOne();
    s = updateSection(s, 'w1', 'purpose', { text: 'Lære af hinanden', first: 'learning' }, t1);
    s = addCheckIn(s, 'w1', { id: 'c1', date: '2026-11-02', ratings: { purpose: 4 }, note: 'Første' }, t1);
    // Version 1 had neither field.
    const v1 = JSON.parse(JSON.stringify(s)) as { worksheets: Record<string, Record<string, unknown>> };
    for (const w of Object.values(v1.worksheets)) {
      delete w.memberResults;
      for (const c of w.checkIns as Record<string, unknown>[]) delete c.votes;
    }
    const raw = JSON.stringify({ kind: 'groupPurpose', version: 1, savedAt: 'then', data: v1 });
    expect(decodeEnvelope(raw, groupSpec, groupStateSchema)).toEqual({ status: 'ok', data: s, savedAt: 'then', migratedFrom: 1 });
  });

  it('still refuses broken version-1 data instead of inventing it', () => {
    const raw = JSON.stringify({ kind: 'groupPurpose', version: 1, savedAt: 'then', data: { worksheets: { w1: 'nope' }, order: ['w1'] } });
    expect(decodeEnvelope(raw, groupSpec, groupStateSchema).status).toBe('corrupt');
    expect(
      decodeEnvelope(JSON.stringify({ kind: 'groupPurpose', version: 1, savedAt: 'x', data: null }), groupSpec, groupStateSchema).status,
    ).toBe('corrupt');
  });
});

describe('worksheet transitions', () => {
  it('creates an empty worksheet at the end of the list, and never mutates', () => {
    const s = createWorksheet(withOne(), '  Erfa Aalborg  ', 'w2', t1);
    expect(s.order).toEqual(['w1', 'w2']);
    expect(ws(s, 'w2')).toEqual(emptyWorksheet('w2', 'Erfa Aalborg', t1));
    expect(ws(s, 'w2').createdAt).toBe('2026-11-02T10:00:00.000Z');
    expect(groupStateSchema.safeParse(s).success).toBe(true);
  });

  it('refuses a taken id, an unsafe id, a blank name, and a full list', () => {
    const s = withOne();
    expect(createWorksheet(s, 'Igen', 'w1', t1)).toBe(s);
    expect(createWorksheet(s, 'Proto', '__proto__', t1)).toBe(s);
    expect(createWorksheet(s, 'Ctor', 'constructor', t1)).toBe(s);
    expect(createWorksheet(s, 'Slash', 'a/b', t1)).toBe(s);
    expect(createWorksheet(s, '   ', 'w2', t1)).toBe(s);
    let full = emptyGroupState();
    for (let i = 0; i < limits.worksheets; i++) full = createWorksheet(full, `G${i}`, `g${i}`, t0);
    expect(full.order).toHaveLength(limits.worksheets);
    expect(createWorksheet(full, 'One more', 'extra', t1)).toBe(full);
  });

  it('does not find inherited properties as worksheets', () => {
    const s = withOne();
    expect(getWorksheet(s, 'toString')).toBeUndefined();
    expect(renameWorksheet(s, 'toString', 'x', t1)).toBe(s);
  });

  it('renames, trims and cuts the name, and stamps updatedAt', () => {
    const s = renameWorksheet(withOne(), 'w1', '  Nyt navn ', t1);
    expect(ws(s).name).toBe('Nyt navn');
    expect(ws(s).updatedAt).toBe(t1.toISOString());
    expect(ws(s).createdAt).toBe(t0.toISOString());
    expect(ws(renameWorksheet(s, 'w1', 'x'.repeat(500), t2)).name).toHaveLength(limits.name);
    expect(renameWorksheet(s, 'w1', '', t2)).toBe(s);
    expect(renameWorksheet(s, 'w1', 'Nyt navn', t2)).toBe(s);
    expect(renameWorksheet(s, 'nope', 'x', t2)).toBe(s);
  });

  it('duplicates under a new id right after the original, with the suffix', () => {
    let s = createWorksheet(withOne(), 'Anden', 'w2', t0);
    s = updateSection(s, 'w1', 'content', { shared: 'Sager fra hverdagen' }, t0);
    s = addContribution(s, 'w1', { id: 'm1', name: 'Karen', contribution: 'Mødelokale' }, t0);
    s = freeze(s);
    const d = duplicateWorksheet(s, 'w1', 'w3', '(kopi)', t2);
    expect(d.order).toEqual(['w1', 'w3', 'w2']);
    const copy = ws(d, 'w3');
    expect(copy.name).toBe('Lederne (kopi)');
    expect(copy.content.shared).toBe('Sager fra hverdagen');
    expect(copy.contributions).toEqual(ws(s).contributions);
    expect(copy.createdAt).toBe(t2.toISOString());
    expect(ws(d, 'w1')).toBe(ws(s, 'w1'));
    expect(duplicateWorksheet(s, 'w1', 'w2', '(copy)', t2)).toBe(s);
    expect(duplicateWorksheet(s, 'nope', 'w9', '(copy)', t2)).toBe(s);
  });

  it('keeps the copy suffix when the name is at its limit', () => {
    const s = createWorksheet(emptyGroupState(), 'n'.repeat(limits.name), 'w1', t0);
    const copy = ws(duplicateWorksheet(s, 'w1', 'w2', '(copy)', t1), 'w2');
    expect(copy.name).toHaveLength(limits.name);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
    expect(worksheetSchema.safeParse(copy).success).toBe(true);
  });

  it('deletes and restores a worksheet in its old place', () => {
    let s = withOne();
    s = createWorksheet(s, 'B', 'w2', t0);
    s = freeze(createWorksheet(s, 'C', 'w3', t0));
    const { state, removed } = deleteWorksheet(s, 'w2');
    expect(state.order).toEqual(['w1', 'w3']);
    expect(getWorksheet(state, 'w2')).toBeUndefined();
    expect(removed).toEqual({ worksheet: ws(s, 'w2'), index: 1 });
    const back = restoreWorksheet(state, removed!);
    expect(back).toEqual(s);
    expect(restoreWorksheet(back, removed!)).toBe(back);
    expect(deleteWorksheet(s, 'nope')).toEqual({ state: s, removed: null });
  });

  it('restores at the end when the list has shrunk', () => {
    let s = createWorksheet(withOne(), 'B', 'w2', t0);
    const { state, removed } = deleteWorksheet(s, 'w2');
    s = deleteWorksheet(state, 'w1').state;
    expect(restoreWorksheet(s, removed!).order).toEqual(['w2']);
  });

  it('inserts an imported worksheet only if its id is free', () => {
    const s = withOne();
    const other = emptyWorksheet('w9', 'Importeret', t1);
    expect(insertWorksheet(s, other).order).toEqual(['w1', 'w9']);
    expect(insertWorksheet(s, { ...other, id: 'w1' })).toBe(s);
  });

  it('lists worksheets in order', () => {
    const s = createWorksheet(withOne(), 'B', 'w2', t0);
    expect(listWorksheets(s).map((w) => w.name)).toEqual(['Lederne', 'B']);
  });
});

describe('updateSection', () => {
  it('changes only the given fields and stamps the worksheet', () => {
    const s = updateSection(withOne(), 'w1', 'form', { rhythm: 'Hver anden måned', leadership: 'På skift' }, t1);
    expect(ws(s).form).toEqual({ rhythm: 'Hver anden måned', structure: '', variation: '', leadership: 'På skift', giveReceive: '' });
    expect(ws(s).updatedAt).toBe(t1.toISOString());
  });

  it('returns the same state when nothing changes', () => {
    const s = updateSection(withOne(), 'w1', 'members', { who: 'Ti ledere' }, t1);
    expect(updateSection(s, 'w1', 'members', { who: 'Ti ledere' }, t2)).toBe(s);
    expect(updateSection(s, 'nope', 'members', { who: 'x' }, t2)).toBe(s);
  });

  it('ignores unknown fields and values that are not allowed, and cuts long text', () => {
    const s = withOne();
    const patch = { first: 'money', openness: 'open', text: 'y'.repeat(5000), extra: 'x' } as never;
    const next = updateSection(s, 'purpose', 'purpose' as never, patch, t1);
    expect(next).toBe(s); // wrong worksheet id
    const p = ws(updateSection(s, 'w1', 'purpose', patch, t1)).purpose;
    expect(p.first).toBeNull();
    expect(p.text).toHaveLength(limits.longText);
    expect(p).not.toHaveProperty('extra');
    expect(p).not.toHaveProperty('openness');
    const r = ws(updateSection(s, 'w1', 'measure', { revisit: 'z'.repeat(999) }, t1)).measure.revisit;
    expect(r).toHaveLength(limits.shortText);
    expect(updateSection(s, 'w1', 'checkIns' as never, {} as never, t1)).toBe(s);
  });

  it('sets and clears choices', () => {
    let s = updateSection(withOne(), 'w1', 'boundaries', { openness: 'closed', kind: 'exchange', focus: 'personal' }, t1);
    expect(ws(s).boundaries).toMatchObject({ openness: 'closed', kind: 'exchange', focus: 'personal' });
    s = updateSection(s, 'w1', 'boundaries', { kind: null }, t2);
    expect(ws(s).boundaries.kind).toBeNull();
  });

  it('swaps first and second purpose instead of holding one purpose twice', () => {
    let s = updateSection(withOne(), 'w1', 'purpose', { first: 'learning', second: 'community' }, t1);
    s = updateSection(s, 'w1', 'purpose', { first: 'community' }, t1);
    expect(ws(s).purpose).toMatchObject({ first: 'community', second: 'learning' });
    s = updateSection(s, 'w1', 'purpose', { second: 'community' }, t1);
    expect(ws(s).purpose).toMatchObject({ first: 'learning', second: 'community' });
    s = updateSection(s, 'w1', 'purpose', { first: 'access', second: 'access' }, t1);
    expect(ws(s).purpose).toMatchObject({ first: 'access', second: null });
    s = updateSection(withOne(), 'w1', 'purpose', { second: 'influence' }, t1);
    s = updateSection(s, 'w1', 'purpose', { first: 'influence' }, t1);
    expect(ws(s).purpose).toMatchObject({ first: 'influence', second: null });
  });
});

describe('member contributions', () => {
  it('adds, updates and removes members', () => {
    let s = addContribution(withOne(), 'w1', { id: 'm1', name: 'Karen' }, t1);
    s = addContribution(s, 'w1', { id: 'm2', name: 'Jonas', contribution: 'Et lokale' }, t1);
    expect(ws(s).contributions).toEqual([
      { id: 'm1', name: 'Karen', contribution: '' },
      { id: 'm2', name: 'Jonas', contribution: 'Et lokale' },
    ]);
    s = freeze(updateContribution(s, 'w1', 'm1', { contribution: 'Erfaring med udbud' }, t2));
    expect(ws(s).contributions[0]).toEqual({ id: 'm1', name: 'Karen', contribution: 'Erfaring med udbud' });
    expect(ws(s).updatedAt).toBe(t2.toISOString());
    expect(updateContribution(s, 'w1', 'm1', { name: 'Karen' }, t2)).toBe(s);
    expect(updateContribution(s, 'w1', 'nope', { name: 'x' }, t2)).toBe(s);
    s = removeContribution(s, 'w1', 'm2', t2);
    expect(ws(s).contributions.map((c) => c.id)).toEqual(['m1']);
    expect(removeContribution(s, 'w1', 'm2', t2)).toBe(s);
  });

  it('refuses duplicate ids and more than the limit, and cuts long text', () => {
    let s = addContribution(withOne(), 'w1', { id: 'm1', name: 'n'.repeat(300), contribution: 'c'.repeat(5000) }, t1);
    expect(ws(s).contributions[0]!.name).toHaveLength(limits.name);
    expect(ws(s).contributions[0]!.contribution).toHaveLength(limits.note);
    expect(addContribution(s, 'w1', { id: 'm1' }, t1)).toBe(s);
    expect(addContribution(s, 'w1', { id: 'bad id' }, t1)).toBe(s);
    for (let i = 2; i <= limits.members; i++) s = addContribution(s, 'w1', { id: `m${i}` }, t1);
    expect(ws(s).contributions).toHaveLength(limits.members);
    expect(addContribution(s, 'w1', { id: 'extra' }, t1)).toBe(s);
  });
});

describe('check-ins', () => {
  it('adds check-ins in date order with only valid ratings', () => {
    let s = addCheckIn(withOne(), 'w1', { id: 'c2', date: '2027-05-01', ratings: { purpose: 3 } }, t1);
    s = addCheckIn(s, 'w1', { id: 'c1', date: '2026-11-01', ratings: { interest: 9 as never, passion: 2 }, note: 'Første' }, t1);
    expect(ws(s).checkIns.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(ws(s).checkIns[0]).toEqual({
      id: 'c1',
      date: '2026-11-01',
      ratings: { purpose: null, relationships: null, interest: null, passion: 2, structure: null },
      note: 'Første',
      votes: [],
    });
  });

  it('refuses bad dates, taken ids and a full list', () => {
    let s = withOne();
    expect(addCheckIn(s, 'w1', { id: 'c1', date: '2026-02-30' }, t1)).toBe(s);
    expect(addCheckIn(s, 'w1', { id: 'c1', date: '1/2/2026' }, t1)).toBe(s);
    s = addCheckIn(s, 'w1', { id: 'c1', date: '2026-02-28' }, t1);
    expect(addCheckIn(s, 'w1', { id: 'c1', date: '2026-03-01' }, t1)).toBe(s);
    for (let i = 2; i <= limits.checkIns; i++) s = addCheckIn(s, 'w1', { id: `c${i}`, date: '2026-03-01' }, t1);
    expect(ws(s).checkIns).toHaveLength(limits.checkIns);
    expect(addCheckIn(s, 'w1', { id: 'extra', date: '2026-03-01' }, t1)).toBe(s);
  });

  it('updates ratings one at a time, clears them, moves dates and removes', () => {
    let s = addCheckIn(withOne(), 'w1', { id: 'a', date: '2026-01-01', ratings: { purpose: 2, structure: 4 } }, t0);
    s = freeze(addCheckIn(s, 'w1', { id: 'b', date: '2026-06-01' }, t0));
    s = updateCheckIn(s, 'w1', 'a', { ratings: { purpose: 5, structure: null }, note: 'Bedre' }, t1);
    expect(ws(s).checkIns[0]).toMatchObject({ ratings: { purpose: 5, structure: null }, note: 'Bedre' });
    s = updateCheckIn(s, 'w1', 'a', { date: '2026-12-01' }, t2);
    expect(ws(s).checkIns.map((c) => c.id)).toEqual(['b', 'a']);
    expect(ws(s).updatedAt).toBe(t2.toISOString());
    expect(updateCheckIn(s, 'w1', 'a', { date: '2026-13-01' }, t2)).toBe(s);
    expect(updateCheckIn(s, 'w1', 'a', { ratings: { purpose: 5 } }, t2)).toBe(s);
    s = removeCheckIn(s, 'w1', 'b', t2);
    expect(ws(s).checkIns.map((c) => c.id)).toEqual(['a']);
    expect(removeCheckIn(s, 'w1', 'b', t2)).toBe(s);
  });
});

describe('merge', () => {
  it('unions worksheets by id, keeps the newer one, and unions check-ins', () => {
    const base = withOne();
    const here = addCheckIn(createWorksheet(base, 'Kun her', 'h1', t0), 'w1', { id: 'c-here', date: '2026-03-01' }, t1);
    let there = addCheckIn(base, 'w1', { id: 'c-there', date: '2026-02-01' }, t1);
    there = renameWorksheet(there, 'w1', 'Nyere navn', t2);
    there = createWorksheet(there, 'Kun der', 't1', t0);
    const merged = mergeGroupStates(here, there);
    expect(merged.order).toEqual(['w1', 'h1', 't1']);
    expect(ws(merged).name).toBe('Nyere navn');
    expect(ws(merged).checkIns.map((c) => c.id)).toEqual(['c-there', 'c-here']);
    expect(groupStateSchema.safeParse(merged).success).toBe(true);
    // The newer side wins whichever way round.
    expect(ws(mergeGroupStates(there, here)).name).toBe('Nyere navn');
    expect(groupSpec.merge!(here, there)).toEqual(merged);
  });

  it('stays within the worksheet limit', () => {
    let a = emptyGroupState();
    let b = emptyGroupState();
    for (let i = 0; i < limits.worksheets; i++) {
      a = createWorksheet(a, `A${i}`, `a${i}`, t0);
      b = createWorksheet(b, `B${i}`, `b${i}`, t0);
    }
    const merged = mergeGroupStates(a, b);
    expect(merged.order).toEqual(a.order);
    expect(groupStateSchema.safeParse(merged).success).toBe(true);
  });
});

describe('unanswered sections', () => {
  it('marks every section of a fresh worksheet unanswered', () => {
    const w = ws(withOne());
    expect(unansweredSections(w)).toEqual(['purpose', 'boundaries', 'members', 'content', 'form', 'contributions', 'measure']);
  });

  it('tells empty, partial and complete apart, ignoring blank text', () => {
    let s = updateSection(withOne(), 'w1', 'content', { shared: 'Sager', passion: 'Ledelse' }, t1);
    s = updateSection(s, 'w1', 'members', { who: '   ' }, t1);
    s = updateSection(s, 'w1', 'purpose', { first: 'learning' }, t1);
    s = addContribution(s, 'w1', { id: 'm1', name: 'Karen', contribution: 'Et lokale' }, t1);
    s = addContribution(s, 'w1', { id: 'm2', name: 'Jonas' }, t1);
    const w = ws(s);
    expect(sectionStatus(w)).toEqual({
      purpose: 'partial',
      boundaries: 'empty',
      members: 'empty',
      content: 'complete',
      form: 'empty',
      contributions: 'partial',
      measure: 'empty',
    });
    expect(unansweredSections(w)).toEqual(['boundaries', 'members', 'form', 'measure']);
    expect(unansweredFields(w).purpose).toEqual(['text', 'second', 'memberValue', 'timeValue']);
    expect(unansweredFields(w).content).toEqual([]);
    expect(membersWithoutContribution(w)).toEqual(['m2']);
  });

  it('counts contributions as empty when members are listed but nobody wrote anything', () => {
    const s = addContribution(withOne(), 'w1', { id: 'm1', name: 'Karen' }, t1);
    expect(unansweredSections(ws(s))).toContain('contributions');
  });
});

describe('schema limits', () => {
  const valid = (): GroupState => {
    let s = withOne();
    s = addContribution(s, 'w1', { id: 'm1', name: 'Karen', contribution: 'Lokale' }, t1);
    return addCheckIn(s, 'w1', { id: 'c1', date: '2026-11-02', ratings: { purpose: 3 } }, t1);
  };
  const withWs = (s: GroupState, change: (w: Worksheet) => Worksheet): unknown => ({ ...s, worksheets: { w1: change(ws(s)) } });

  it('accepts valid data', () => {
    expect(groupStateSchema.safeParse(valid()).success).toBe(true);
  });

  it.each<[string, (w: Worksheet) => Worksheet]>([
    ['a long text over 2,000 characters', (w) => ({ ...w, form: { ...w.form, rhythm: 'x'.repeat(limits.longText + 1) } })],
    ['a name over 120 characters', (w) => ({ ...w, name: 'x'.repeat(limits.name + 1) })],
    ['an empty name', (w) => ({ ...w, name: '' })],
    ['a revisit text over 200 characters', (w) => ({ ...w, measure: { ...w.measure, revisit: 'x'.repeat(limits.shortText + 1) } })],
    ['a member name over the limit', (w) => ({ ...w, contributions: [{ id: 'm1', name: 'x'.repeat(limits.name + 1), contribution: '' }] })],
    [
      'a contribution over the limit',
      (w) => ({ ...w, contributions: [{ id: 'm1', name: '', contribution: 'x'.repeat(limits.note + 1) }] }),
    ],
    [
      'over 100 members',
      (w) => ({ ...w, contributions: Array.from({ length: limits.members + 1 }, (_, i) => ({ id: `m${i}`, name: '', contribution: '' })) }),
    ],
    ['duplicate member ids', (w) => ({ ...w, contributions: [w.contributions[0]!, w.contributions[0]!] })],
    [
      'over 200 check-ins',
      (w) => ({ ...w, checkIns: Array.from({ length: limits.checkIns + 1 }, (_, i) => ({ ...w.checkIns[0]!, id: `c${i}` })) }),
    ],
    ['a note over the limit', (w) => ({ ...w, checkIns: [{ ...w.checkIns[0]!, note: 'x'.repeat(limits.note + 1) }] })],
    ['a rating of 6', (w) => ({ ...w, checkIns: [{ ...w.checkIns[0]!, ratings: { ...w.checkIns[0]!.ratings, purpose: 6 as never } }] })],
    [
      'a rating of 2.5',
      (w) => ({ ...w, checkIns: [{ ...w.checkIns[0]!, ratings: { ...w.checkIns[0]!.ratings, purpose: 2.5 as never } }] }),
    ],
    ['an impossible date', (w) => ({ ...w, checkIns: [{ ...w.checkIns[0]!, date: '2026-02-31' }] })],
    ['an unknown purpose', (w) => ({ ...w, purpose: { ...w.purpose, first: 'money' as never } })],
    ['an unknown kind', (w) => ({ ...w, boundaries: { ...w.boundaries, kind: 'club' as never } })],
    ['a missing section', (w) => ({ ...w, form: undefined as never })],
    ['an unsafe member id', (w) => ({ ...w, contributions: [{ id: 'a b', name: '', contribution: '' }] })],
  ])('rejects %s', (_label, change) => {
    expect(groupStateSchema.safeParse(withWs(valid(), change)).success).toBe(false);
  });

  it('rejects over 50 worksheets', () => {
    const s = valid();
    const worksheets: Record<string, Worksheet> = {};
    const order: string[] = [];
    for (let i = 0; i <= limits.worksheets; i++) {
      worksheets[`w${i}`] = { ...ws(s), id: `w${i}` };
      order.push(`w${i}`);
    }
    expect(groupStateSchema.safeParse({ worksheets, order }).success).toBe(false);
    order.pop();
    delete worksheets[`w${limits.worksheets}`];
    expect(groupStateSchema.safeParse({ worksheets, order }).success).toBe(true);
  });

  it('rejects an order that does not match the worksheets, and a worksheet under another id', () => {
    const s = valid();
    expect(groupStateSchema.safeParse({ ...s, order: [] }).success).toBe(false);
    expect(groupStateSchema.safeParse({ ...s, order: ['w1', 'w1'] }).success).toBe(false);
    expect(groupStateSchema.safeParse({ ...s, order: ['w1', 'w2'] }).success).toBe(false);
    expect(groupStateSchema.safeParse({ worksheets: { other: ws(s) }, order: ['other'] }).success).toBe(false);
  });
});

describe('ids and dates', () => {
  it('accepts plain ids and refuses keys that cannot be stored', () => {
    expect(isValidId('3f2b9c1e-7d4a-4b8e-9a2f-0c1d2e3f4a5b')).toBe(true);
    for (const bad of ['', '__proto__', 'prototype', 'constructor', 'a.b', 'x'.repeat(65)]) expect(isValidId(bad)).toBe(false);
  });
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2026-00-10', '2026-1-01', '2026-01-01T00:00', '']) expect(isIsoDate(bad)).toBe(false);
  });
});
