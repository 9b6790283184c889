import { expect } from '@open-wc/testing';
import { areaIdsOfLevel, describeValue, formatPath, validateContract, type ContractError, type Report } from './validate.ts';
import { checkFunding, isCalendarDate, type AreasByLevel } from './funding.checks.ts';
import { validationMessage } from './messages.ts';
import { contractJsonSchema } from './json-schema.ts';
import { miniContract } from '../test-support/fixtures.ts';

/** A programme whose figures are consistent: funds 125 000 = 100 000 + 20 000 + 5 000. */
function programme(): Record<string, any> {
  return {
    id: 'quartiersfonds',
    name: 'Quartiersfonds',
    funder: 'Stadt Teststadt',
    budget: 100000,
    additions: [
      { amount: 20000, date: '2024-05-15', note: 'Nachtrag' },
      { amount: 5000, date: '2024-09-01' },
    ],
    committed: 110000,
    paid: 80000,
    returned: 6000,
    start: '2024-01-01',
    end: '2024-12-31',
    deadline: '2024-10-31',
    deadlines: [{ date: '2025-03-31', kind: 'proof' }],
    applications: { received: 12, approved: 8, rejected: 2, pending: 1, withdrawn: 1 },
    level: 'bezirk',
    projects: [
      { id: 'p1', name: 'Hausaufgabenhilfe', recipient: 'Verein A', area: 'nord', amount: 60000, status: 'paid' },
      { id: 'p2', name: 'Seniorentreff', recipient: 'Verein B', area: 'mitte', amount: 50000, status: 'approved' },
      { id: 'p3', name: 'Sprachcafé', recipient: 'Verein C', area: 'sued', amount: 9000, status: 'applied' },
      { id: 'p4', name: 'Stadtteilfest', recipient: 'Verein D', area: 'ost', amount: 4000, status: 'withdrawn' },
    ],
  };
}

function fundingDoc(...programmes: Record<string, any>[]): any {
  return { ...miniContract(), funding: { programmes: programmes.length ? programmes : [programme()] } };
}

/** The rule's own words: the place that validate.ts puts first is tested in validate.test.ts and below. */
const ruleOf = ({ path, code, message }: ContractError): ContractError => ({ path, code, message: message.slice(message.indexOf(': ') + 2) });
const errorsOf = (doc: unknown, lang: 'de' | 'en' = 'de') => validateContract(doc, { lang }).errors.map(ruleOf);
const codes = (doc: unknown) => errorsOf(doc).map((e) => `${e.path} ${e.code}`);

/** Runs the funding rules alone, with the area levels validate.ts would pass, collecting errors like validate.ts. */
function checkWithAreas(doc: any, lang: 'de' | 'en' = 'de'): ContractError[] {
  const errors: ContractError[] = [];
  const report: Report = (path, code, params = {}, found) =>
    errors.push({ path: formatPath(path), code, message: validationMessage(lang, code, found ? { ...params, found: describeValue(lang, found.value) } : params) });
  const levels: AreasByLevel = new Map(doc.areaLevels.map((level: any) => [level.id, areaIdsOfLevel(level)]));
  checkFunding(doc.funding, ['funding'], report, levels);
  return errors;
}

describe('funding contract', () => {
  it('accepts a consistent programme and fills the defaults', () => {
    const doc = fundingDoc({ id: 'klein', name: 'Kleiner Fonds', budget: 1000, projects: [{ name: 'Fest', amount: 200 }] }, programme());
    const result = validateContract(doc);
    expect(result.errors).to.deep.equal([]);
    const [small, full] = result.document!.funding!.programmes;
    expect(small!.currency).to.equal('EUR');
    expect(small!.returned).to.equal(0);
    expect(small!.additions).to.deep.equal([]);
    expect(small!.exampleFields).to.deep.equal([]);
    expect(small!.committed, 'not published stays absent, never 0').to.equal(undefined);
    expect(small!.projects[0]!.status).to.equal('approved');
    expect(full!.deadlines[0]!.kind).to.equal('proof');
  });

  it('reports paid out more than committed, in German and English', () => {
    const doc = fundingDoc({ ...programme(), paid: 110000.5 });
    const [error] = errorsOf(doc);
    expect(error).to.deep.equal({ path: '$.funding.programmes[0].paid', code: 'paid-exceeds-committed', message: 'ausgezahlt (110.000,5) ist mehr als bewilligt (110.000)' });
    expect(errorsOf(doc, 'en')[0]!.message).to.equal('paid out (110,000.5) is more than committed (110,000)');
  });

  it('reports committed more than budget plus additions, and lets returned money be committed again', () => {
    const over = fundingDoc({ ...programme(), returned: 0, committed: 125000.01 });
    expect(errorsOf(over)).to.deep.equal([
      {
        path: '$.funding.programmes[0].committed',
        code: 'committed-exceeds-funds',
        message: 'bewilligt (125.000,01) ist mehr als die Mittel (125.000 = Budget 100.000 + zusätzliche Mittel 25.000 + Rückflüsse 0)',
      },
    ]);
    expect(errorsOf(over, 'en')[0]!.message).to.equal('committed (125,000.01) is more than the funds (125,000 = budget 100,000 + additional allocations 25,000 + returns 0)');
    // Exactly the funds is fine; so is re-committing the 6 000 that came back.
    expect(codes(fundingDoc({ ...programme(), returned: 0, committed: 125000 }))).to.deep.equal([]);
    expect(codes(fundingDoc({ ...programme(), committed: 131000 }))).to.deep.equal([]);
    expect(codes(fundingDoc({ ...programme(), committed: 131000.01 }))).to.deep.equal(['$.funding.programmes[0].committed committed-exceeds-funds']);
  });

  it('compares amounts in cents, so 0.1 + 0.2 is not more than 0.3', () => {
    const doc = fundingDoc({ id: 'cent', name: 'Cent', budget: 0.1, additions: [{ amount: 0.2 }], committed: 0.3, paid: 0.3 });
    expect(codes(doc)).to.deep.equal([]);
  });

  it('reports returned more than paid out (or than committed when payments are not published)', () => {
    expect(codes(fundingDoc({ ...programme(), returned: 80001 }))).to.include('$.funding.programmes[0].returned returned-exceeds-paid');
    const unpublished = programme();
    delete unpublished.paid;
    unpublished.returned = 110001;
    const errors = errorsOf(fundingDoc(unpublished));
    expect(errors.map((e) => e.code)).to.include('returned-exceeds-committed');
    expect(errors.find((e) => e.code === 'returned-exceeds-committed')!.message).to.equal('zurückgeflossen (110.001) ist mehr als bewilligt (110.000)');
  });

  it('reports funded projects that add up to more than committed; applied and withdrawn ones do not count', () => {
    const doc = fundingDoc({ ...programme(), committed: 109999 });
    expect(errorsOf(doc).map((e) => `${e.path} ${e.code} ${e.message}`)).to.deep.equal([
      '$.funding.programmes[0].projects projects-exceed-committed die bewilligten Projekte (Status approved, paid, completed) ergeben zusammen 110.000, mehr als bewilligt (109.999)',
    ]);
    expect(errorsOf(doc, 'en')[0]!.message).to.equal('the funded projects (status approved, paid, completed) add up to 110,000, more than committed (109,999)');
    // 60 000 + 50 000 = 110 000 exactly: the applied 9 000 and the withdrawn 4 000 are not committed money.
    expect(codes(fundingDoc(programme()))).to.deep.equal([]);
  });

  it('reports more decided applications than received', () => {
    const doc = fundingDoc({ ...programme(), applications: { received: 10, approved: 8, rejected: 2, pending: 1 } });
    const [error] = errorsOf(doc);
    expect(error).to.deep.equal({
      path: '$.funding.programmes[0].applications',
      code: 'applications-exceed-received',
      message: 'mehr bewilligte, abgelehnte, offene und zurückgezogene Anträge (11) als eingegangene (10)',
    });
  });

  it('reports duplicate programme ids and duplicate project ids', () => {
    const second = programme();
    second.projects[1].id = 'p1';
    const errors = errorsOf(fundingDoc(programme(), second));
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.have.members(['$.funding.programmes[1].id duplicate-id', '$.funding.programmes[1].projects[1].id duplicate-id']);
    expect(errors[0]!.message).to.equal('Kennung „quartiersfonds“ ist doppelt vergeben (zuerst bei $.funding.programmes[0].id)');
  });

  it('checks deadline, start and end as calendar dates, and end not before start', () => {
    const p = programme();
    p.start = '2024-02-30';
    p.deadline = '31.10.2024';
    p.deadlines[0].date = '2025';
    p.additions[1].date = '2024-13-01';
    const errors = errorsOf(fundingDoc(p));
    expect(errors.map((e) => `${e.path} ${e.code}`)).to.have.members([
      '$.funding.programmes[0].start date',
      '$.funding.programmes[0].deadline date',
      '$.funding.programmes[0].deadlines[0].date date',
      '$.funding.programmes[0].additions[1].date date',
    ]);
    expect(errors.find((e) => e.path.endsWith('.deadline'))!.message).to.equal('ungültiges Datum: erwartet JJJJ-MM-TT (z. B. 2024-03-31), gefunden Text "31.10.2024"');
    expect(errorsOf(fundingDoc(p), 'en').find((e) => e.path.endsWith('.deadline'))!.message).to.equal('invalid date: expected YYYY-MM-DD (e.g. 2024-03-31), found text "31.10.2024"');

    const reversed = fundingDoc({ ...programme(), start: '2024-07-01', end: '2024-06-30' });
    expect(errorsOf(reversed)).to.deep.equal([{ path: '$.funding.programmes[0].end', code: 'end-before-start', message: 'das Ende 2024-06-30 liegt vor dem Beginn 2024-07-01' }]);
    expect(errorsOf(reversed, 'en')[0]!.message).to.equal('the end 2024-06-30 is before the start 2024-07-01');
    expect(codes(fundingDoc({ ...programme(), start: '2024-07-01', end: '2024-07-01' }))).to.deep.equal([]);
  });

  it('knows the calendar: leap days exist only in leap years', () => {
    expect(isCalendarDate('2024-02-29')).to.be.true;
    expect(isCalendarDate('2023-02-29')).to.be.false;
    expect(isCalendarDate('2024-04-31')).to.be.false;
    expect(isCalendarDate('2024-4-30')).to.be.false;
  });

  it('checks project areas against the level the programme or the section names', () => {
    const doc = fundingDoc();
    doc.funding.programmes[0].projects[1].area = 'west';
    expect(checkWithAreas(doc)).to.deep.equal([{ path: '$.funding.programmes[0].projects[1].area', code: 'unknown-area', message: 'unbekanntes Gebiet „west“ in der Raumebene „bezirk“' }]);
    // The section's level applies when the programme names none.
    delete doc.funding.programmes[0].level;
    doc.funding.level = 'bezirk';
    expect(checkWithAreas(doc, 'en').map((e) => `${e.path} ${e.message}`)).to.deep.equal(['$.funding.programmes[0].projects[1].area unknown area “west” in area level “bezirk”']);
    // Without a level, area ids are free text.
    delete doc.funding.level;
    expect(checkWithAreas(doc)).to.deep.equal([]);
  });

  it('reports a level that is not an area level', () => {
    const doc = fundingDoc({ ...programme(), level: 'stadtteil' });
    doc.funding.level = 'kreis';
    expect(checkWithAreas(doc).map((e) => `${e.path} ${e.code} ${e.message}`)).to.deep.equal([
      '$.funding.level unknown-level unbekannte Raumebene „kreis“: erwartet eine von "bezirk"',
      '$.funding.programmes[0].level unknown-level unbekannte Raumebene „stadtteil“: erwartet eine von "bezirk"',
    ]);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const p = programme();
    p.comitted = p.committed;
    delete p.committed;
    p.projects[0].staus = 'paid';
    expect(codes(fundingDoc(p))).to.have.members(['$.funding.programmes[0].comitted unknown-key', '$.funding.programmes[0].projects[0].staus unknown-key']);
    const messages = validateContract(fundingDoc(p)).errors.map((e) => e.message);
    expect(messages).to.include('Förderprogramm „quartiersfonds“: unbekanntes Feld „comitted“ – meinten Sie „committed“?');
    expect(messages).to.include('Förderprogramm „quartiersfonds“, Projekt „p1“: unbekanntes Feld „staus“ – meinten Sie „status“? (erlaubt: „id“, „name“, „nameEn“, „recipient“, „area“, „amount“, „status“, „note“)');
  });

  it('accepts any text as a project area id, e.g. an AGS', () => {
    const doc = fundingDoc({ id: 'kreis', name: 'Kreis', budget: 10, projects: [{ name: 'Zuweisung an Alpen', area: '05170004', amount: 10 }, { name: 'Mit Leerzeichen', area: 'Büderich / Ginderich', amount: 0 }] });
    expect(codes(doc)).to.deep.equal([]);
  });

  it('reports wrong types through the schema with their paths', () => {
    const p = programme();
    p.budget = -5;
    p.currency = 'Euro';
    p.projects[0].status = 'bewilligt';
    p.exampleFields = ['projekte'];
    const found = codes(fundingDoc(p));
    expect(found).to.include('$.funding.programmes[0].budget too-small');
    expect(found).to.include('$.funding.programmes[0].currency currency-format');
    expect(found).to.include('$.funding.programmes[0].projects[0].status value');
    expect(found).to.include('$.funding.programmes[0].exampleFields[0] value');
  });

  it('publishes the funding fields in the JSON Schema, dates with pattern and format', () => {
    const schema = contractJsonSchema() as any;
    const text = JSON.stringify(schema);
    for (const field of ['additions', 'deadlines', 'applications', 'exampleFields', 'recipient', 'withdrawn']) expect(text).to.contain(`"${field}"`);
    const programmeSchema = schema.properties.funding.properties.programmes.items;
    expect(programmeSchema.properties.deadline.format).to.equal('date');
    expect(programmeSchema.properties.deadline.pattern).to.equal('^\\d{4}-\\d{2}-\\d{2}$');
    expect(programmeSchema.required).to.have.members(['id', 'name', 'budget']);
    expect(programmeSchema.properties.projects.items.properties.status.enum).to.deep.equal(['applied', 'approved', 'paid', 'completed', 'withdrawn']);
  });

  it('documents an example that is valid against Wesel\'s area levels', async () => {
    const markdown = await (await fetch('/docs/contract-funding.md')).text();
    const json = /Example\s+```json\n([\s\S]*?)\n```/.exec(markdown)![1]!;
    const wesel = await (await fetch('/demo/data/wesel.json')).json();
    const doc = { ...wesel, ...JSON.parse(json) };
    expect(validateContract(doc).errors).to.deep.equal([]);
    expect(checkWithAreas(doc)).to.deep.equal([]);
    expect(doc.funding.programmes).to.have.length(2);
  });

  it('builds sample documents whose funding sections pass every rule, project areas included', async () => {
    for (const file of ['wesel', 'kreis-wesel']) {
      const doc = await (await fetch(`/demo/data/${file}.json`)).json();
      expect(validateContract(doc).errors, file).to.deep.equal([]);
      expect(checkWithAreas(doc), file).to.deep.equal([]);
      expect(doc.funding.programmes.length, file).to.be.greaterThan(0);
      expect(doc.funding.programmes.flatMap((p: any) => p.projects).every((p: any) => p.area === undefined || typeof p.area === 'string')).to.be.true;
    }
  });
});
