/**
 * The CSV read back by LibreOffice Calc (`soffice --headless --convert-to`) gives the same cells.
 * Needs LibreOffice (Debian package libreoffice-calc-nogui); .ci/run installs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExportModel, neutraliseFormula, tableRows, toCsv } from '../../lib/export/index.ts';
import { input } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'shingi-csv-'));

/** Open `csv` in LibreOffice Calc as UTF-8 CSV and save it again as UTF-8 CSV; return the cells. */
function roundTrip(name: string, csv: string): string[][] {
  writeFileSync(join(dir, name), csv, 'utf8');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true',
      '--outdir',
      join(dir, 'out'),
      join(dir, name),
    ],
    { stdio: 'pipe', timeout: 90_000 },
  );
  const back = readFileSync(join(dir, 'out', name), 'utf8');
  return Papa.parse<string[]>(back.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('CSV in LibreOffice Calc', () => {
  it('reads back exactly the cells we wrote (Japanese, quotes, commas, line breaks, tabs)', () => {
    const model = buildExportModel(input);
    const cells = roundTrip('questions.csv', toCsv(model));
    expect(cells).toEqual(tableRows(model).map((r) => r.map(neutraliseFormula)));
    expect(cells[4][6]).toMatch(/^'=HYPERLINK/); // shown as text, not evaluated
  }, 120_000);

  it('control: without the guard Calc evaluates a formula cell (so the test above can fail)', () => {
    const cells = roundTrip('raw.csv', '\uFEFFa,b\r\n=1+1,=2*3\r\n');
    expect(cells[1]).toEqual(['2', '6']);
  }, 120_000);
});
