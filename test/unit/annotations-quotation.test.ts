import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatQuotation, referenceFromOutline, type OutlineSection } from '../../client/src/annotations/quotation';

describe('copy as quotation', () => {
  test('a hard-wrapped passage becomes one blockquote paragraph with its reference', () => {
    const passage = 'When the harbour commission met in the spring, its members had\nalready decided what they would say.\n\nNobody expected them to stay.';
    assert.equal(formatQuotation(passage, { essay: 'The Harbour Question', author: 'Tamsin Orlov', section: 'The cranes', path: 'essays/harbour.txt', line: 12 }),
      '> When the harbour commission met in the spring, its members had already decided what they would say.\n' +
      '>\n> Nobody expected them to stay.\n>\n> — Tamsin Orlov, *The Harbour Question*, § The cranes (essays/harbour.txt, line 12)\n');
  });

  test('without author or section, the essay and where', () => {
    assert.equal(formatQuotation('a green ledger', { essay: 'harbour.txt', path: 'harbour.txt', line: 3 }), '> a green ledger\n>\n> — *harbour.txt* (harbour.txt, line 3)\n');
  });

  const section = (name: string, startLine: number, endLine: number, children: OutlineSection[] = [], detail?: string): OutlineSection => ({ name, startLine, endLine, children, detail });
  const outline = [section('The Harbour Question', 0, 80, [section('The cranes', 10, 40, [section('June', 30, 40)]), section('The ledger', 41, 80)], 'Tamsin Orlov')];

  test('title, author and the innermost section from the outline', () => {
    assert.deepEqual(referenceFromOutline(outline, 35), { essay: 'The Harbour Question', author: 'Tamsin Orlov', section: 'June' });
    assert.deepEqual(referenceFromOutline(outline, 41), { essay: 'The Harbour Question', author: 'Tamsin Orlov', section: 'The ledger' });
    assert.deepEqual(referenceFromOutline(outline, 2), { essay: 'The Harbour Question', author: 'Tamsin Orlov', section: undefined });
  });

  test('an outline that does not open with a title gives only the section', () => {
    assert.deepEqual(referenceFromOutline([section('Why the clerks kept copies', 20, 60)], 25), { essay: undefined, author: undefined, section: 'Why the clerks kept copies' });
  });
});
