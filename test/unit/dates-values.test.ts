// What reader-facing features ask of a date: its days, its overlaps, its meaning in words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compactValue, dateInterval, datesOverlap, describeDate, detectDates, inlayHint, isLiteral, periodName, spellValue, valuesOverlap,
} from '../../server/src/analysis/dates';

/** The one mention of `text`, as the detector gives it. */
function mention(text: string) {
  const found = detectDates(text);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}`);
  return found[0];
}

describe('the days of a value', () => {
  test('first and last day, with the real length of each month', () => {
    assert.deepEqual(dateInterval('1924'), { start: '1924-01-01', end: '1924-12-31' });
    assert.deepEqual(dateInterval('1928-09/1928-11'), { start: '1928-09-01', end: '1928-11-30' });
    assert.deepEqual(dateInterval('1928-02'), { start: '1928-02-01', end: '1928-02-29' });
    assert.deepEqual(dateInterval('1975-12/1976-02'), { start: '1975-12-01', end: '1976-02-29' });
    assert.deepEqual(dateInterval('2004-03-23'), { start: '2004-03-23', end: '2004-03-23' });
    assert.equal(dateInterval('the 1930s'), null);
  });

  test('overlap: sharing at least one day', () => {
    assert.equal(valuesOverlap('1937', '1930/1939'), true);
    assert.equal(valuesOverlap('1929-12-31', '1930/1939'), false);
    assert.equal(valuesOverlap('1936-03/1936-05', '1936-05-31'), true);
    assert.equal(valuesOverlap('-0430', '-0499/-0400'), true);
    assert.equal(valuesOverlap('-0430', '-0399/-0300'), false);
    assert.equal(datesOverlap(mention('in the late 1920s'), mention('in 1927')), true);
    assert.equal(datesOverlap(mention('in the late 1920s'), mention('in 1924')), false);
  });
});

describe('values in words', () => {
  test('saying once what both ends share', () => {
    assert.equal(spellValue('2004-03-23'), '23 March 2004');
    assert.equal(spellValue('1922-04'), 'April 1922');
    assert.equal(spellValue('1925/1929'), '1925 to 1929');
    assert.equal(spellValue('1978-03/1978-04'), 'March to April 1978');
    assert.equal(spellValue('1956-02-24/1956-02-25'), '24 to 25 February 1956');
    assert.equal(spellValue('1937-02-23/1937-03-05'), '23 February to 5 March 1937');
    assert.equal(spellValue('1975-12/1976-02'), 'December 1975 to February 1976');
    assert.equal(spellValue('-0499/-0400'), '500 BC to 401 BC');
    assert.equal(spellValue('0070'), '70');
    assert.equal(compactValue('1930/1939'), '1930–1939');
    assert.equal(compactValue('1936-03/1936-05'), 'March–May 1936');
  });

  test('decades and centuries by name', () => {
    assert.equal(periodName('1930/1939'), 'the 1930s');
    assert.equal(periodName('1901/2000'), 'the 20th century');
    assert.equal(periodName('2001/2100'), 'the 21st century');
    assert.equal(periodName('1925/1929'), undefined);
    assert.equal(periodName('1930-01/1939-12'), undefined);
  });

  test('a hover description', () => {
    assert.equal(describeDate(mention('Tamsin Orlov, March 23, 2004')), '23 March 2004');
    assert.equal(describeDate(mention('from the late 1920s onwards')), '1925 to 1929, the late 1920s');
    assert.equal(describeDate(mention('in the 1930s')), 'the 1930s, 1930 to 1939');
    assert.equal(describeDate(mention('the twentieth\ncentury')), 'the 20th century, 1901 to 2000');
    assert.equal(describeDate(detectDates('In January 1933 and in April')[1]), 'April 1933, the year from the text around it');
  });
});

describe('literal and figurative mentions', () => {
  test('literal: the text says every year of its value in full', () => {
    for (const text of ['in 1924', 'March 23, 2004', 'the Comintern (1934-1943)', 'between 1923 and 1928', 'April 1922', 'in 431 BC', 'AD 70']) {
      assert.equal(isLiteral(mention(text)), true, text);
    }
  });

  test('not literal: an inlay hint says what the text leaves to the reader', () => {
    const figurative = ['the 1930s', 'the late 1920s', 'Opposition 1923–30', 'the spring of 1936', 'the twentieth century', 'early 1923'];
    for (const text of figurative) assert.equal(isLiteral(mention(text)), false, text);
    const [, thirties] = detectDates('Between 1929 and 1939, in the thirties');
    assert.equal(isLiteral(thirties), false);
    assert.equal(inlayHint(thirties), '1930–1939');
    assert.equal(inlayHint(mention('in the spring of 1936')), 'March–May 1936');
    assert.equal(inlayHint(mention('in 1924')), null);
  });
});
