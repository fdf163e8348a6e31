import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_VERSION } from '../../src/lib/app';
import {
  buildWorksheetFile,
  checkWorksheetFileSize,
  MAX_WORKSHEET_FILE_BYTES,
  parseWorksheetFile,
  serializeWorksheetFile,
  WORKSHEET_FORMAT,
  worksheetFileName,
} from '../../src/lib/group/file';
import {
  addCheckIn,
  addContribution,
  addMemberResults,
  createWorksheet,
  emptyGroupState,
  getWorksheet,
  insertWorksheet,
  updateSection,
} from '../../src/lib/group/state';
import { limits, type Worksheet } from '../../src/lib/group/types';
import { SHARE_MAX_ITEMS } from '../../src/lib/quiz/public';

const t0 = new Date('2026-11-01T10:00:00Z');
const exportedAt = new Date('2026-11-22T08:30:00Z');

function sample(): Worksheet {
  let s = createWorksheet(emptyGroupState(), 'Ledergruppen Aalborg', 'w1', t0);
  s = updateSection(s, 'w1', 'purpose', { text: 'Vi hjælper hinanden med svære sager.', first: 'learning', second: 'community' }, t0);
  s = updateSection(s, 'w1', 'boundaries', { openness: 'closed', kind: 'exchange' }, t0);
  s = addContribution(s, 'w1', { id: 'm1', name: 'Karen', contribution: 'Mødelokale og kaffe' }, t0);
  s = addCheckIn(s, 'w1', { id: 'c1', date: '2026-11-01', ratings: { purpose: 2, interest: 4 }, note: 'Første tjek' }, t0);
  return getWorksheet(s, 'w1')!;
}

const text = (worksheet = sample()) => serializeWorksheetFile(buildWorksheetFile(worksheet, exportedAt));
const opts = (existingIds: string[] = [], newId = 'fresh') => ({ existingIds, newId });

describe('worksheet file', () => {
  it('reads a file of format version 1 (before members’ results and votes) as an empty list of each', async () => {
    const { memberResults, checkIns, ...rest } = sample();
    void memberResults;
    const old = { ...rest, checkIns: checkIns.map(({ votes, ...c }) => (void votes, c)) };
    const v1 = JSON.stringify({
      format: WORKSHEET_FORMAT,
      formatVersion: 1,
      app: { name: 'x', version: '1' },
      exportedAt: '',
      worksheet: old,
    });
    const parsed = await parseWorksheetFile(v1, opts());
    expect(parsed).toMatchObject({ ok: true, worksheet: { memberResults: [], checkIns: [{ id: 'c1', votes: [] }] } });
  });

  it('carries the members’ results and each member’s marks', async () => {
    let s = insertWorksheet(emptyGroupState(), sample());
    s = addMemberResults(s, 'w1', [{ id: 'r1', name: 'KB', code: 'v1-c1-a8-i2-l3' }], t0);
    s = addCheckIn(s, 'w1', { id: 'c2', date: '2027-05-01', ratings: { purpose: 3 }, votes: [{ name: '', marks: '2-5-4' }] }, t0);
    const w = getWorksheet(s, 'w1')!;
    const parsed = await parseWorksheetFile(text(w), opts());
    expect(parsed).toMatchObject({ ok: true, worksheet: w });
  });

  it('builds a file with the format, app and time', () => {
    const file = buildWorksheetFile(sample(), exportedAt);
    expect(file).toEqual({
      format: 'netvaerkskompasset-worksheet',
      formatVersion: 2,
      app: { name: APP_NAME, version: APP_VERSION },
      exportedAt: '2026-11-22T08:30:00.000Z',
      worksheet: sample(),
    });
  });

  it('round-trips a worksheet unchanged', async () => {
    const result = await parseWorksheetFile(text(), opts());
    expect(result).toEqual({ ok: true, file: buildWorksheetFile(sample(), exportedAt), worksheet: sample(), renamedId: false });
  });

  it('gives the worksheet a new id when its id is taken, so nothing is overwritten', async () => {
    const result = await parseWorksheetFile(text(), opts(['w1', 'w2'], 'w3'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.renamedId).toBe(true);
    expect(result.worksheet).toEqual({ ...sample(), id: 'w3' });
    const here = createWorksheet(emptyGroupState(), 'Lokal', 'w1', t0);
    const after = insertWorksheet(here, result.worksheet);
    expect(after.order).toEqual(['w1', 'w3']);
    expect(getWorksheet(after, 'w1')!.name).toBe('Lokal');
  });

  it('refuses when the new id is taken too, or the list is full', async () => {
    expect(await parseWorksheetFile(text(), opts(['w1', 'w3'], 'w3'))).toEqual({
      ok: false,
      problems: [{ code: 'id-conflict', id: 'w1' }],
    });
    expect(await parseWorksheetFile(text(), opts(['w1'], '__proto__'))).toMatchObject({ ok: false, problems: [{ code: 'id-conflict' }] });
    const full = Array.from({ length: limits.worksheets }, (_, i) => `x${i}`);
    expect(await parseWorksheetFile(text(), opts(full))).toEqual({
      ok: false,
      problems: [{ code: 'too-many-worksheets', limit: limits.worksheets }],
    });
  });

  it('names the file after the worksheet and the date', () => {
    expect(worksheetFileName({ name: 'Ledergruppen Ærø & Århus!' }, 'Gruppens formål', exportedAt)).toBe(
      'gruppens-formaal-ledergruppen-aeroe-aarhus-2026-11-22.json',
    );
    expect(worksheetFileName({ name: '***' }, 'group-purpose', exportedAt)).toBe('group-purpose-2026-11-22.json');
  });

  it('fits a worksheet at every limit into one importable file', async () => {
    const long = (n: number) => 'æ'.repeat(n);
    const base = sample();
    const full: Worksheet = {
      ...base,
      name: long(limits.name),
      purpose: { ...base.purpose, text: long(limits.longText), memberValue: long(limits.longText), timeValue: long(limits.longText) },
      boundaries: { ...base.boundaries, privateLine: long(limits.longText) },
      members: { who: long(limits.longText), mix: long(limits.longText), missing: long(limits.longText) },
      content: { shared: long(limits.longText), passion: long(limits.longText) },
      form: { rhythm: long(2000), structure: long(2000), variation: long(2000), leadership: long(2000), giveReceive: long(2000) },
      measure: { worth: long(limits.longText), revisit: long(limits.shortText) },
      contributions: Array.from({ length: limits.members }, (_, i) => ({
        id: `m${i}`,
        name: long(limits.name),
        contribution: long(limits.note),
      })),
      checkIns: Array.from({ length: limits.checkIns }, (_, i) => ({
        ...base.checkIns[0]!,
        id: `c${i}`,
        note: long(limits.note),
        votes: Array.from({ length: limits.votes }, () => ({ name: long(limits.voterName), marks: '5-432' })),
      })),
      memberResults: Array.from({ length: limits.memberResults }, (_, i) => ({
        id: `r${i}`.padEnd(limits.id, 'x'),
        name: long(limits.voterName),
        code: `v1-c${SHARE_MAX_ITEMS}-a0-i0-l0`,
      })),
    };
    const fileText = text(full);
    expect(new TextEncoder().encode(fileText).length).toBeLessThan(MAX_WORKSHEET_FILE_BYTES);
    expect(await parseWorksheetFile(fileText, opts())).toMatchObject({ ok: true, worksheet: full });
  });
});

describe('bad worksheet files', () => {
  const problems = async (input: string, o = opts()) => {
    const result = await parseWorksheetFile(input, o);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  };

  it('refuses an empty file', async () => {
    expect(await problems('')).toEqual([{ code: 'empty' }]);
    expect(await problems('  \n ')).toEqual([{ code: 'empty' }]);
    expect(checkWorksheetFileSize(0)).toEqual({ code: 'empty' });
  });

  it('refuses a file over 2 MB before reading it', async () => {
    let called = false;
    const big = `{"format":"${WORKSHEET_FORMAT}","pad":"${'x'.repeat(MAX_WORKSHEET_FILE_BYTES)}"}`;
    const result = await parseWorksheetFile(big, {
      ...opts(),
      loadSchema: () => {
        called = true;
        throw new Error('should not load');
      },
    });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
    expect(called).toBe(false);
    // Counted in bytes: a million "ø" is two million bytes and more.
    expect(await problems(`"${'ø'.repeat(MAX_WORKSHEET_FILE_BYTES / 2)}"`)).toMatchObject([{ code: 'too-large' }]);
    expect(checkWorksheetFileSize(MAX_WORKSHEET_FILE_BYTES + 1)).toEqual({
      code: 'too-large',
      bytes: MAX_WORKSHEET_FILE_BYTES + 1,
      limit: MAX_WORKSHEET_FILE_BYTES,
    });
    expect(checkWorksheetFileSize(MAX_WORKSHEET_FILE_BYTES)).toBeNull();
  });

  it('refuses text that is not JSON', async () => {
    expect(await problems('{"format": "netvaerkskompasset-worksheet",')).toMatchObject([{ code: 'not-json' }]);
    expect(await problems('Lederne, Aalborg; 2026')).toMatchObject([{ code: 'not-json' }]);
  });

  it('refuses prototype-polluting keys anywhere in the file', async () => {
    const file = JSON.parse(text());
    const polluted = text().replace('"worksheet": {', '"worksheet": {"__proto__": {"admin": true},');
    expect(polluted).not.toBe(text());
    expect(await problems(polluted)).toEqual([{ code: 'forbidden-key', key: '__proto__' }]);
    file.worksheet.purpose = { ...file.worksheet.purpose, constructor: { prototype: {} } };
    expect(await problems(JSON.stringify(file))).toMatchObject([{ code: 'forbidden-key' }]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it.each([
    ['a JSON array', '[]'],
    ['a number', '42'],
    ['another format', JSON.stringify({ format: 'netvaerkskompasset-quiz', formatVersion: 1, worksheet: {} })],
    ['a file without a worksheet', JSON.stringify({ format: WORKSHEET_FORMAT, formatVersion: 1 })],
    ['a worksheet that is a list', JSON.stringify({ format: WORKSHEET_FORMAT, formatVersion: 1, worksheet: [] })],
    ['a missing format version', JSON.stringify({ format: WORKSHEET_FORMAT, worksheet: {} })],
    ['a format version of 0', JSON.stringify({ format: WORKSHEET_FORMAT, formatVersion: 0, worksheet: {} })],
  ])('refuses %s as not a worksheet file', async (_label, input) => {
    expect(await problems(input)).toEqual([{ code: 'not-worksheet-file' }]);
  });

  it('says when the file is the "My data" backup instead of a worksheet', async () => {
    const backup = JSON.stringify({ format: 'netvaerkskompasset-backup', formatVersion: 1, stores: { groupPurpose: {} } });
    expect(await problems(backup)).toEqual([{ code: 'not-worksheet-file', is: 'backup' }]);
  });

  it('tells a binary file (a picture, a PDF) from text that is not JSON', async () => {
    const png =
      String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52) + '\uFFFD'.repeat(40);
    expect(await problems(png)).toEqual([{ code: 'not-text' }]);
    expect(await problems(text().slice(0, 200))).toMatchObject([{ code: 'not-json' }]);
  });

  it('refuses a file from a newer version of the site', async () => {
    const newer = { ...buildWorksheetFile(sample(), exportedAt), formatVersion: 3 };
    expect(await problems(JSON.stringify(newer))).toEqual([{ code: 'newer-format', formatVersion: 3 }]);
  });

  it('refuses an invalid worksheet and names the fields', async () => {
    const bad = buildWorksheetFile(sample(), exportedAt) as unknown as { worksheet: Record<string, unknown> };
    bad.worksheet.name = 'x'.repeat(limits.name + 1);
    bad.worksheet.checkIns = [{ id: 'c1', date: 'tomorrow', ratings: {}, note: '', votes: [] }];
    const found = await problems(JSON.stringify(bad));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('invalid-worksheet');
    const paths = found[0]!.code === 'invalid-worksheet' ? found[0]!.issues.map((i) => i.path) : [];
    expect(paths).toContain('name');
    expect(paths).toContain('checkIns › 0 › date');
    const fields = found[0]!.code === 'invalid-worksheet' ? found[0]!.fields : [];
    expect(fields).toEqual([
      { code: 'too-long', field: ['name'], limit: limits.name },
      { code: 'invalid', field: ['checkIns', 'date'] },
      { code: 'invalid', field: ['checkIns', 'ratings', 'purpose'] },
      { code: 'invalid', field: ['checkIns', 'ratings', 'relationships'] },
      { code: 'invalid', field: ['checkIns', 'ratings', 'interest'] },
      { code: 'invalid', field: ['checkIns', 'ratings', 'passion'] },
      { code: 'invalid', field: ['checkIns', 'ratings', 'structure'] },
    ]);
  });

  it('refuses a worksheet with too many members', async () => {
    const w = sample();
    const many = {
      ...w,
      contributions: Array.from({ length: limits.members + 1 }, (_, i) => ({ id: `m${i}`, name: '', contribution: '' })),
    };
    expect(await problems(text(many))).toMatchObject([
      { code: 'invalid-worksheet', fields: [{ code: 'too-many', field: ['contributions'], limit: limits.members }] },
    ]);
  });

  it('reports a schema that fails to load instead of throwing', async () => {
    const result = await parseWorksheetFile(text(), {
      ...opts(),
      loadSchema: () => Promise.reject(new Error('offline')),
    });
    expect(result).toEqual({ ok: false, problems: [{ code: 'no-checks' }] });
  });
});
