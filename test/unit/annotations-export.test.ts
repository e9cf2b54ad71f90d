import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toJsonContract, toJsonLd, toMarkdown } from '../../client/src/annotations/export';
import { createEntityAnnotation, createPassageAnnotation, createReply, emptyPage, parsePage } from '../../client/src/annotations/model';
import { placeAnnotations } from '../../client/src/annotations/resolve';

const now = new Date('2026-01-01T00:00:00Z');
const harbour = 'The commission met in spring.\nTamsin Orlov kept the minutes.';
const ledger = 'A green ledger, kept in Riga.';
const on = (uuid: string, source: string, text: string, quote: string, note: string, motivation = 'commenting') => {
  const start = text.indexOf(quote);
  return createPassageAnnotation({ motivation, note, now, uuid, source, text, start, end: start + quote.length, ...(motivation === 'highlighting' ? { color: 'yellow', tags: ['minutes'] } : {}) });
};
const orlov = on('a1', 'harbour.txt', harbour, 'Tamsin Orlov', 'Who was she?');
const page = { ...emptyPage(), items: [
  orlov,
  on('a2', 'harbour.txt', harbour, 'kept the minutes', '', 'highlighting'),
  on('a3', 'ledger.txt', ledger, 'green ledger', 'Why green?'),
  createReply({ note: 'A clerk.', now, uuid: 'a4', parent: orlov.id }),
  createEntityAnnotation({ motivation: 'commenting', note: 'Secretary, 1919–1921.', now, uuid: 'a5', entity: { id: 'person:tamsin-orlov', label: 'Tamsin Orlov' } }),
] };
const essays = new Map([['harbour.txt', harbour], ['ledger.txt', ledger]]);

describe('exports', () => {
  test('the notes of one essay as JSON-LD: its annotations with their replies, nothing else', () => {
    const ids = new Set(placeAnnotations(page, essays).filter((p) => p.source === 'harbour.txt').map((p) => p.annotation.id));
    assert.deepEqual(parsePage(toJsonLd(page, ids)).items.map((a) => a.id), ['urn:uuid:a1', 'urn:uuid:a2', 'urn:uuid:a4']);
  });

  test('a Markdown digest of one essay: quotation, note, replies, tags and where, in reading order', () => {
    const placed = placeAnnotations(page, essays).filter((p) => p.source === 'harbour.txt');
    assert.equal(toMarkdown('Notes on harbour.txt', page, placed, essays, false), [
      '# Notes on harbour.txt',
      '## harbour.txt',
      '> Tamsin Orlov',
      'Who was she?\n\n*Reply:* A clerk.\n\n<sub>harbour.txt, line 2</sub>',
      '> kept the minutes',
      '<sub>harbour.txt, line 2 · tags: `minutes` · highlight (yellow)</sub>',
    ].join('\n\n') + '\n');
  });

  test('the JSON contract lists passages only, in reading order', () => {
    assert.deepEqual(toJsonContract(placeAnnotations(page, essays)).annotations.map((a) => [a.source, a.start, a.exact, a.note]), [
      ['harbour.txt', 30, 'Tamsin Orlov', 'Who was she?'],
      ['harbour.txt', 43, 'kept the minutes', ''],
      ['ledger.txt', 2, 'green ledger', 'Why green?'],
    ]);
  });
});
