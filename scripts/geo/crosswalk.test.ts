import { describe, expect, it } from 'vitest';
import { assignFeatures, readCrosswalk, readSources, readUnits, type CrosswalkRow } from './crosswalk.ts';

const features = [
  { index: 0, id: 'FR.AI', name: 'Ain' },
  { index: 1, id: 'FR.RH', name: 'Rhône' },
  { index: 2, id: 'MQ.', name: 'Martinique' },
  { index: 3, id: 'ES.CL', name: 'Ávila' },
  { index: 4, id: 'ES.CL', name: 'Burgos' },
];
const row = (line: number, keyKind: 'id' | 'name', key: string, unit: string, source = 'fra'): CrosswalkRow => ({
  line,
  source,
  keyKind,
  key,
  unit,
  note: unit === '-' ? 'dropped' : '',
});

describe('assignFeatures', () => {
  it('groups features by unit and leaves dropped ones out', () => {
    const got = assignFeatures(
      'fra',
      features.slice(0, 3),
      [row(2, 'id', 'FR.AI', 'FRK'), row(3, 'name', 'Rhône', 'FRK'), row(4, 'id', 'MQ.', '-')],
      'full',
      'cw.csv',
    );
    expect([...got]).toEqual([['FRK', [0, 1]]]);
  });

  it('lets one non-unique id claim several features of the same unit', () => {
    const got = assignFeatures('esp', features.slice(3), [row(2, 'id', 'ES.CL', 'ES41', 'esp')], 'full', 'cw.csv');
    expect(got.get('ES41')).toEqual([3, 4]);
  });

  it('fails on a row that matches no feature, naming the crosswalk line', () => {
    expect(() => assignFeatures('fra', features, [row(7, 'name', 'Atlantis', 'FRK')], 'partial', 'cw.csv')).toThrow(
      'cw.csv:7: no feature of fra has name "Atlantis"',
    );
  });

  it('fails when two rows put one feature into two units', () => {
    expect(() =>
      assignFeatures('fra', features, [row(2, 'id', 'FR.AI', 'FRK'), row(3, 'name', 'Ain', 'FRC')], 'partial', 'cw.csv'),
    ).toThrow(/cw\.csv:3: .*already assigned to FRK on line 2/);
  });

  it('in a full-coverage source, fails listing every unassigned feature', () => {
    expect(() => assignFeatures('fra', features.slice(0, 3), [row(2, 'id', 'FR.AI', 'FRK')], 'full', 'cw.csv')).toThrow(
      /FR\.RH "Rhône", MQ\. "Martinique"/,
    );
  });

  it('in a partial source, ignores features without a row', () => {
    expect([...assignFeatures('fra', features, [row(2, 'id', 'FR.AI', 'FRK')], 'partial', 'cw.csv')]).toEqual([['FRK', [0]]]);
  });
});

describe('reading the seed tables', () => {
  it('reads the crosswalk and rejects bad rows with file and line', () => {
    expect(readCrosswalk('source,key_kind,key,unit,note\nfra,id,FR.AI,FRK,\n', 'cw.csv')).toHaveLength(1);
    expect(() => readCrosswalk('source,key_kind,key,unit,note\nfra,code,X,FRK,\n', 'cw.csv')).toThrow(
      'cw.csv:2: key_kind must be "id" or "name", got "code"',
    );
    expect(() => readCrosswalk('source,key_kind,key,unit,note\nfra,id,MQ.,-,\n', 'cw.csv')).toThrow(
      'cw.csv:2: a dropped feature needs a note',
    );
  });

  it('reads units and rejects duplicates and malformed ids', () => {
    const header = 'id,name,local_name,country,level\n';
    expect(readUnits(header + 'DE2,Bavaria,Bayern,DE,NUTS1\n', 'u.csv')[0]).toMatchObject({ id: 'DE2', localName: 'Bayern' });
    expect(() => readUnits(header + 'DE2,Bavaria,,DE,NUTS1\nDE2,Again,,DE,NUTS1\n', 'u.csv')).toThrow('u.csv:3: duplicate unit id "DE2"');
    expect(() => readUnits(header + 'bavaria,Bavaria,,DE,NUTS1\n', 'u.csv')).toThrow('u.csv:2: malformed unit id');
  });

  it('reads sources and rejects an unknown coverage', () => {
    expect(() => readSources('source,country,coverage\nfra,FR,most\n', 's.csv')).toThrow('s.csv:2: coverage must be');
  });
});
