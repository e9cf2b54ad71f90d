import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  colorOf, createEntityAnnotation, createPassageAnnotation, createReply, entityOf, isResolved, noteOf, notesAboutEntity, parsePage,
  positionOf, quoteOf, repliesOf, serializePage, sourceOf, tagsOf, withNote, withResolved, withTags,
} from '../../client/src/annotations/model';

const now = new Date('2026-03-04T05:06:07Z');
const text = 'In 1921 Tamsin Orlov left the harbour commission for good.';

describe('annotations in the W3C Web Annotation model', () => {
  test('a highlight with a color and tags on a passage', () => {
    const a = createPassageAnnotation({
      motivation: 'highlighting', tags: ['harbour', 'resignation'], color: 'yellow', now, uuid: '6f1c2d3e-0000-4000-8000-00000000000a',
      source: 'essays/harbour.txt', text, start: 8, end: 20,
    });
    assert.deepEqual(a, {
      id: 'urn:uuid:6f1c2d3e-0000-4000-8000-00000000000a',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-03-04T05:06:07.000Z',
      body: [
        { type: 'TextualBody', value: 'harbour', purpose: 'tagging' },
        { type: 'TextualBody', value: 'resignation', purpose: 'tagging' },
      ],
      target: {
        source: 'essays/harbour.txt',
        styleClass: 'yellow',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Tamsin Orlov', prefix: 'In 1921 ', suffix: ' left the harbour commission for' },
          { type: 'TextPositionSelector', start: 8, end: 20 },
        ],
      },
    });
    assert.deepEqual([sourceOf(a), colorOf(a), tagsOf(a), noteOf(a)], ['essays/harbour.txt', 'yellow', ['harbour', 'resignation'], '']);
  });

  test('a note edited, re-tagged, resolved: its other bodies are kept and it is marked modified', () => {
    const later = new Date('2026-03-05T00:00:00Z');
    let a = createPassageAnnotation({ motivation: 'commenting', note: 'Why *then*?', tags: ['dates'], now, uuid: 'u1', source: 'h.txt', text, start: 0, end: 7 });
    a = withResolved(withTags(withNote(a, 'Why in **1921**?', later), ['dates', 'open question'], later), true, later);
    assert.deepEqual([noteOf(a), tagsOf(a), isResolved(a), a.modified], ['Why in **1921**?', ['dates', 'open question'], true, '2026-03-05T00:00:00.000Z']);
    assert.equal(isResolved(withResolved(a, false, later)), false);
  });

  test('body and selector may each be one object, and a body may be a bare string', () => {
    const page = parsePage(JSON.stringify({
      type: 'AnnotationPage',
      items: [{
        id: 'urn:uuid:x', type: 'Annotation', motivation: ['commenting'], created: '2025-01-01T00:00:00Z',
        body: 'A plain note',
        target: { source: 'h.txt', selector: { type: 'TextQuoteSelector', exact: 'Orlov' } },
      }],
    }));
    const [a] = page.items;
    assert.deepEqual([noteOf(a), quoteOf(a)?.exact, positionOf(a)], ['A plain note', 'Orlov', null]);
  });

  test('a note about a person targets the workspace and names the entity', () => {
    const a = createEntityAnnotation({ motivation: 'commenting', note: 'Secretary of the commission, 1919–1921.', now, uuid: 'u2', entity: { id: 'person:tamsin-orlov', label: 'Tamsin Orlov' } });
    assert.deepEqual(a.target, { source: '.', selector: { type: 'FragmentSelector', conformsTo: 'urn:close-reading:entity', value: 'person:tamsin-orlov', label: 'Tamsin Orlov' } });
    assert.deepEqual(entityOf(a), { id: 'person:tamsin-orlov', label: 'Tamsin Orlov' });
    assert.equal(sourceOf(a), null);
  });

  test('the notes about an entity, for the server hover: oldest first, without replies or other entities', () => {
    const about = (uuid: string, id: string, at: string) => createEntityAnnotation({ motivation: 'commenting', note: uuid, now: new Date(at), uuid, entity: { id, label: id } });
    const first = about('first', 'person:tamsin-orlov', '2026-01-01T00:00:00Z');
    const second = about('second', 'person:tamsin-orlov', '2026-02-01T00:00:00Z');
    const page = parsePage(serializePage({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage',
      items: [second, about('other', 'place:riga', '2026-01-15T00:00:00Z'), first, createReply({ note: 'a reply', now, uuid: 'r', parent: first.id })],
    }));
    assert.deepEqual(notesAboutEntity(page, 'person:tamsin-orlov').map(noteOf), ['first', 'second']);
    assert.deepEqual(repliesOf(page, first.id).map(noteOf), ['a reply']);
  });

  test('the stored page lists annotations in creation order, so that diffs stay small', () => {
    const at = (uuid: string, iso: string) => createPassageAnnotation({ motivation: 'commenting', note: uuid, now: new Date(iso), uuid, source: 'h.txt', text, start: 0, end: 2 });
    const json = serializePage({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [at('b', '2026-02-01T00:00:00Z'), at('a', '2026-01-01T00:00:00Z')] });
    assert.deepEqual(parsePage(json).items.map(noteOf), ['a', 'b']);
    assert.match(json, /^\{\n {2}"@context": "http:\/\/www.w3.org\/ns\/anno.jsonld",\n {2}"type": "AnnotationPage",/);
  });
});
