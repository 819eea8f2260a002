import * as fs from 'fs';
import * as path from 'path';
import { createPipeline } from '../src/pipeline/pipeline';
import { expectSpansMatch } from './helpers/doc';

// The project's reference article through the whole default pipeline (real people stages, real boilerplate).
const FILE = path.join(__dirname, '..', 'corpus', 'iria-cis-informal-summit-2022.txt');

describe('quotes of the corpus article (all stages)', () => {
  const text = fs.readFileSync(FILE, 'utf8');
  const doc = createPipeline({}).run({ id: 'iria', source: 'iria', text });
  const rows = doc.quotes.map((q) => ({
    text: q.text,
    kind: q.quoteKind,
    speaker: q.speaker?.text ?? null,
    speakerName: q.speakerName,
    cue: q.cue?.text ?? null,
  }));

  test('offsets match the text', () => expectSpansMatch(doc));

  test('both Tokayev direct quotes, without their marks, attributed to him', () => {
    const direct = doc.quotes.filter((q) => q.quoteKind === 'direct');
    expect(direct.map((q) => [q.text.slice(0, 30), q.speaker?.text, q.speakerName, q.cue?.text])).toEqual([
      ['More than 80 major events were', 'Kazakhstan President Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'said'],
      ['Our joint efforts are reflecte', 'The Kazakhstan president', 'Kassym-Jomart Tokayev', 'added'],
    ]);
    expect(direct[0]?.text.endsWith('strengthen the organization’s authority.')).toBe(true);
    expect(direct[1]?.text.endsWith('Economic Development Strategy until 2030.')).toBe(true);
    expect(new Set(direct.map((q) => q.utterance)).size).toBe(2);
  });

  test('reported statements by Lebedev, Putin and Peskov', () => {
    expect(rows.filter((r) => r.kind === 'indirect')).toEqual([
      {
        text: 'such an informal summit will give additional impetus to cooperation both within the framework of the CIS mandate',
        kind: 'indirect',
        speaker: 'He',
        speakerName: 'Sergei Lebedev',
        cue: 'noted',
      },
      {
        text: 'this sort of dialogue in a friendly circle demonstrates the members’ desire for further cooperation',
        kind: 'indirect',
        speaker: 'Russian President Putin',
        speakerName: 'Vladimir Putin',
        cue: 'stated',
      },
      {
        text: 'Russia’s trade with CIS members might exceed $100 billion by the end of 2022',
        kind: 'indirect',
        speaker: 'Putin',
        speakerName: 'Vladimir Putin',
        cue: 'pointed out',
      },
      {
        text: 'deepening cooperation here serves the fundamental interests of CIS states and enhances security',
        kind: 'indirect',
        speaker: 'He',
        speakerName: 'Vladimir Putin',
        cue: 'noted',
      },
      {
        text: 'no such meeting took place in St. Petersburg during the CIS summit',
        kind: 'indirect',
        speaker: 'Kremlin Spokesman Dmitry Peskov',
        speakerName: 'Dmitry Peskov',
        cue: 'stated',
      },
    ]);
  });

  test('nothing from the boilerplate or the scare-quoted "informal" summit', () => {
    expect(doc.quotes).toHaveLength(7);
    expect(doc.quotes.every((q) => doc.body.some((b) => b.start <= q.start && q.end <= b.end))).toBe(true);
  });
});
