import { readFileSync } from 'fs';
import { join } from 'path';
import { emptyDoc } from '../src/model/document';
import { resolveOptions } from '../src/pipeline/options';
import { markBody } from '../src/pipeline/boilerplate/mark-body';
import { extractNames } from '../src/pipeline/extract/names';
import { normalizePlaces } from '../src/pipeline/normalize/places';
import { resolveEntities } from '../src/pipeline/resolve/entities';
import { resolvePeople } from '../src/pipeline/resolve/people';
import { segmentText } from '../src/pipeline/segment/sentences';
import { runStages } from '../src/pipeline/stage';
import { docFor } from './helpers/doc';

const STAGES = [markBody, segmentText, extractNames, resolvePeople, normalizePlaces, resolveEntities];
const text = readFileSync(join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt'), 'utf8');
const doc = runStages(emptyDoc({ id: 'iria', source: 'corpus', text }), STAGES, resolveOptions({}));

describe('people and entities on the corpus article', () => {
  test('the ten people come out with canonical names, numbered by first mention', () => {
    const people = doc.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.id, e.name])).toEqual([
      ['P1', 'Vladimir Putin'],
      ['P2', 'Ilham Aliyev'],
      ['P3', 'Nikol Pashinyan'],
      ['P4', 'Alexander Lukashenko'],
      ['P5', 'Kassym-Jomart Tokayev'],
      ['P6', 'Emomali Rahmon'],
      ['P7', 'Serdar Berdimuhamedov'],
      ['P8', 'Shavkat Mirziyoyev'],
      ['P9', 'Sergei Lebedev'],
      ['P10', 'Dmitry Peskov'],
    ]);
  });

  test('no person inside "Boris Yeltsin Presidential Library", no title as a person', () => {
    const library = text.indexOf('Boris Yeltsin Presidential Library');
    expect(doc.people.filter((p) => p.start >= library && p.start < library + 34)).toEqual([]);
    expect(doc.people.map((p) => p.text)).not.toContain('President');
    expect(doc.people.map((p) => p.text)).not.toContain('Prime Minister');
  });

  test('surname-only mentions of Putin resolve to the full name', () => {
    const putin = doc.people.filter((p) => p.text === 'Putin');
    expect(putin.length).toBeGreaterThanOrEqual(3);
    for (const p of putin) expect([p.name, p.entity]).toEqual(['Vladimir Putin', 'P1']);
  });

  test('roles come from the text', () => {
    const roleOf = (name: string): readonly string[] => doc.entities.find((e) => e.name === name)?.roles ?? [];
    expect(roleOf('Alexander Lukashenko')).toEqual(['President of Belarus']);
    expect(roleOf('Dmitry Peskov')).toEqual(['Kremlin Spokesman']);
    expect(roleOf('Nikol Pashinyan')).toEqual(['Prime Minister of Armenia']);
    expect(roleOf('Vladimir Putin')).toContain('Russian President');
  });

  test('the entity table counts mentions and lists person and place entities sorted by id', () => {
    const putin = doc.entities.find((e) => e.id === 'P1');
    expect(putin?.mentions).toBe(doc.people.filter((p) => p.entity === 'P1').length);
    const ids = doc.entities.map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('L')).length).toBeGreaterThan(5);
    expect(doc.entities.filter((e) => e.type === 'place').map((e) => e.name)).toContain('Belarus');
  });
});

describe('resolve/people: grouping rules', () => {
  const stages = [extractNames, resolvePeople, resolveEntities];

  test('an initial and surname joins the full name with that initial', () => {
    const d = docFor('Phil Simmons took four wickets. Later P. Simmons batted.', stages);
    expect(d.people.map((p) => [p.text, p.name, p.entity])).toEqual([
      ['Phil Simmons', 'Phil Simmons', 'P1'],
      ['P. Simmons', 'Phil Simmons', 'P1'],
    ]);
  });

  test('two people sharing a surname stay apart; the surname alone goes to the nearest earlier one', () => {
    const d = docFor('Mark Waugh batted first. Steve Waugh joined him. Waugh was out soon after.', stages);
    expect(d.people.map((p) => [p.text, p.entity])).toEqual([
      ['Mark Waugh', 'P1'],
      ['Steve Waugh', 'P2'],
      ['Waugh', 'P2'],
    ]);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.name, e.mentions])).toEqual([
      ['P1', 'Mark Waugh', 1],
      ['P2', 'Steve Waugh', 2],
    ]);
  });
});
