// The date layer as a specification: each fixture sentence with the expressions it holds, as
// `text → value`. Invented sentences (and invented names) first, then snippets of the corpus essays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { detectDates } from '../../server/src/analysis/dates';
import { RULES } from '../../server/src/analysis/dates/grammar';

/** The date expressions of `text`, as `text → value` (a line break in the text shows as `⏎`). */
const dates = (text: string, exclude: { start: number; end: number }[] = []) =>
  detectDates(text, exclude).map((d) => `${d.text.replace(/\r?\n/g, '⏎')} → ${d.value}`);

describe('years', () => {
  test('a four-digit number where the text speaks of a year', () => {
    assert.deepEqual(dates('The Varna dockers struck in 1911, and by 1913 their union had split.'), ['1911 → 1911', '1913 → 1913']);
    assert.deepEqual(dates('the 1932 famine; his 1948 biography; The 1930 Party Congress'), ['1932 → 1932', '1948 → 1948', '1930 → 1930']);
  });

  test('a year that names a work after a possessive is no date; a year before a noun still is', () => {
    assert.deepEqual(dates("Vessel's 1999 is a bleaker book than his 1971, which Ilse Marn reviewed in 1972."), ['1972 → 1972']);
    assert.deepEqual(dates("Vessel's 1999 novel and her 1968 letters; in 1999, the year of the floods"), ['1999 → 1999', '1968 → 1968', '1999 → 1999']);
  });

  test('publication years in references, with a letter telling two works of a year apart', () => {
    assert.deepEqual(dates('(Halvorsen, 1970); Mirek 2001, p.6; Ostrava 1992a, pp. 65-90; (London: Quay Books, 1973)'),
      ['1970 → 1970', '2001 → 2001', '1992 → 1992', '1973 → 1973']);
    assert.deepEqual(dates('Halvorsen, P. 1970. The Quays. Riga: Quay Books, p. 1971.'), ['1970 → 1970']);
    assert.deepEqual(dates('(Vessel 1852/1963: 15), the winter of 1918/19, in 1941/1942'),
      ['1852 → 1852', '1963 → 1963', 'the winter of 1918/19 → 1918-12/1919-02', '1941/1942 → 1941/1942']);
  });

  test('years in a list stay separate; a note marker glued to a year is not part of it', () => {
    assert.deepEqual(dates('In 1935, 1936 and 1938, the three trials'), ['1935 → 1935', '1936 → 1936', '1938 → 1938']);
    assert.deepEqual(dates('the committee from April\n1922,12 thus'), ['April⏎1922 → 1922-04']);
    assert.deepEqual(dates('in 1917¹² the party'), ['1917 → 1917']);
  });

  test('a letter of any script glued to a number or a month makes it none, in Latin text as in text beyond it', () => {
    assert.deepEqual(dates('in 1917ž, as in 1918'), ['1918 → 1918']);
    assert.deepEqual(dates('in 1917г, as in 1918'), ['1918 → 1918']);
    assert.deepEqual(dates('Жуков: on 3 June 1937, and 12 Juneд 1938'), ['3 June 1937 → 1937-06-03', '1938 → 1938']);
  });

  test('before 1500 only after a word of time, or alone in parentheses', () => {
    assert.deepEqual(dates('in 1450 there were 1200 men; in the year 1066'), ['1450 → 1450', '1066 → 1066']);
    assert.deepEqual(dates('the charter (1215), the war (1337–1453), a force (1200 men)'), ['1215 → 1215', '1337–1453 → 1337/1453']);
  });
});

describe('full dates', () => {
  test('in every common order', () => {
    assert.deepEqual(dates('Tamsin Orlov, March 23, 2004'), ['March 23, 2004 → 2004-03-23']);
    assert.deepEqual(dates('on March the 18th, 1848, the barricades'), ['March the 18th, 1848 → 1848-03-18']);
    assert.deepEqual(dates('on 23 March 2004, on May 1, 1904, on the 1st of May, 1920, on 2004-03-23'),
      ['23 March 2004 → 2004-03-23', 'May 1, 1904 → 1904-05-01', 'the 1st of May, 1920 → 1920-05-01', '2004-03-23 → 2004-03-23']);
    assert.deepEqual(dates('Session, Feb. 24-25, 1956, and Dec. 3, 1957'), ['Feb. 24-25, 1956 → 1956-02-24/1956-02-25', 'Dec. 3, 1957 → 1957-12-03']);
  });

  test('a day spelled as its ordinal, before or after its month', () => {
    assert.deepEqual(dates('on the fifth of March 1921, on the twenty-first of January, 1924, on March fifth, 1953, on May the Twenty first 1925'),
      ['the fifth of March 1921 → 1921-03-05', 'the twenty-first of January, 1924 → 1924-01-21', 'March fifth, 1953 → 1953-03-05',
        'May the Twenty first 1925 → 1925-05-21']);
    assert.deepEqual(dates('In 1937 the trial opened on the second of March; they may second-guess it.'),
      ['1937 → 1937', 'the second of March → 1937-03-02']);
  });

  test('abbreviations without their period, before a number', () => {
    assert.deepEqual(dates('on 5 Nov 1917, Aug 4, 1914 and Sept 1939; Jan Halvorsen wrote'),
      ['5 Nov 1917 → 1917-11-05', 'Aug 4, 1914 → 1914-08-04', 'Sept 1939 → 1939-09']);
  });

  test('in numbers: the day first with dots, the month first with slashes, unless a number over 12 says otherwise; Roman months', () => {
    assert.deepEqual(dates('on 12.3.1924, on 3/12/1924, on 25/12/1924'),
      ['12.3.1924 → 1924-03-12', '3/12/1924 → 1924-03-12', '25/12/1924 → 1924-12-25']);
    assert.deepEqual(dates('Holt to Lind, 3. 9. 1949; Rudé právo, 21. 11. 1952, s. 1.'), ['3. 9. 1949 → 1949-09-03', '21. 11. 1952 → 1952-11-21']);
    assert.deepEqual(dates('a letter of 18.XI.1918, another of 3. V. 1919, an order dated 11 VIII 1937'),
      ['18.XI.1918 → 1918-11-18', '3. V. 1919 → 1919-05-03', '11 VIII 1937 → 1937-08-11']);
  });

  test('a year cut to two digits after an apostrophe is the nearest to the year just named, in whichever century', () => {
    assert.deepEqual(dates('He was born in December 1878. From the Secretariat in \'22 to the Great Break in \'29 he rose.'),
      ['December 1878 → 1878-12', '\'22 → 1922', '\'29 → 1929']);
    assert.deepEqual(dates('He joined in 1920 or \'21; most were shot in 1936, \'37, \'38.'),
      ['1920 → 1920', '\'21 → 1921', '1936 → 1936', '\'37 → 1937', '\'38 → 1938']);
  });

  test('ranges of days, within a month and across months', () => {
    assert.deepEqual(dates('the plenum of February 23-March 5, 1937 and of 24–25 February 1956'),
      ['February 23-March 5, 1937 → 1937-02-23/1937-03-05', '24–25 February 1956 → 1956-02-24/1956-02-25']);
    assert.deepEqual(dates('held from July 25 through August 20, 1935; from 3 to 5 May 1936'),
      ['July 25 through August 20, 1935 → 1935-07-25/1935-08-20', '3 to 5 May 1936 → 1936-05-03/1936-05-05']);
    assert.deepEqual(dates('In office 2 June 1924 – 17 November 1929; from May 3, 1920-June 4, 1921'),
      ['2 June 1924 – 17 November 1929 → 1924-06-02/1929-11-17', 'May 3, 1920-June 4, 1921 → 1920-05-03/1921-06-04']);
  });

  test('two days of one night with a slash', () => {
    assert.deepEqual(dates('on the night of 18/19 March 1848 the barricades went up; in 1849, on 18/19 March, they were remembered'),
      ['18/19 March 1848 → 1848-03-18/1848-03-19', '1849 → 1849', '18/19 March → 1849-03-18/1849-03-19']);
    // Two days 13 days apart in 1900–1918 (12 in the 19th century) are one, in the Julian and the Gregorian calendars.
    assert.deepEqual(dates('Bloody Sunday, January 9/22, 1905; the strike of 14/27 February 1917; in 1905, on 9/22 January'),
      ['January 9/22, 1905 → 1905-01-22', '14/27 February 1917 → 1917-02-27', '1905 → 1905', '9/22 January → 1905-01-22']);
  });

  test('a day beside its equivalent in the other calendar after a slash takes the year after both', () => {
    assert.deepEqual(dates('In 1986 Ilse Marn wrote of the rising of 24 October/6 November 1917.'),
      ['1986 → 1986', '24 October → 1917-10-24', '6 November 1917 → 1917-11-06']);
  });

  test('a Hijri (or Rumi) year before the Gregorian one after a slash is that Gregorian year; two years far apart stay two', () => {
    assert.deepEqual(dates('The constitution (Istanbul: Matbaa-i Âmire, 1293/1876), art. 113; the law of 1289/1872; Hegel 1807/1977; some 1200/1800 men.'),
      ['1293/1876 → 1876', '1289/1872 → 1872', '1807 → 1807', '1977 → 1977']);
  });

  test('a day and a month that name an event are no date', () => {
    assert.deepEqual(dates('In 1909 the books still speak of the "31 March Incident" and of the 4 August Pact.'), ['1909 → 1909']);
    assert.deepEqual(dates('In 1956 the 26th of July Movement landed; on 2 December the yacht ran aground.'),
      ['1956 → 1956', '2 December → 1956-12-02']);
  });

  test('ranges of days between two ends that `and` joins', () => {
    assert.deepEqual(dates('The Varna congress sat between 29 November and 8 December 1847; the riots came between 3 and 8 May 1937, '
      + 'the talks between May 3 and May 8, 1939; between 3 and 8 delegates spoke.'),
    ['between 29 November and 8 December 1847 → 1847-11-29/1847-12-08', 'between 3 and 8 May 1937 → 1937-05-03/1937-05-08',
      'between May 3 and May 8, 1939 → 1939-05-03/1939-05-08']);
    assert.deepEqual(dates('The congress met on 3 and 4 November 1918, the soviet on November 6 and 7, 1918, and again on 9 and 10 December.'),
      ['3 and 4 November 1918 → 1918-11-03/1918-11-04', 'November 6 and 7, 1918 → 1918-11-06/1918-11-07', '9 and 10 December → 1918-12-09/1918-12-10']);
  });

  test('a day and a month of another language with their year, as sources date themselves', () => {
    assert.deepEqual(dates('Ilse Marn wrote le 4 février 1794; Le Quai, 1er mai 1968; Die Fahne, 4. März 1919, p. 2.'),
      ['4 février 1794 → 1794-02-04', '1er mai 1968 → 1968-05-01', '4. März 1919 → 1919-03-04']);
    assert.deepEqual(dates('Varna, 21 de agosto de 1940; El Muelle, 1º de mayo de 1937; Il Porto, 3 luglio 1921'),
      ['21 de agosto de 1940 → 1940-08-21', '1º de mayo de 1937 → 1937-05-01', '3 luglio 1921 → 1921-07-03']);
    assert.deepEqual(dates('printed en mars 1938, reprinted agosto de 1940 and Dezember 1951'),
      ['mars 1938 → 1938-03', 'agosto de 1940 → 1940-08', 'Dezember 1951 → 1951-12']);
    assert.deepEqual(dates('Grudzień 1970 (Warszawa, 1986); Kessia, 13 grudnia 1981'), ['Grudzień 1970 → 1970-12', '1986 → 1986', '13 grudnia 1981 → 1981-12-13']);
    assert.deepEqual(dates('Marn an Holt, 17. August 1946; Le Quai, 4\n    janvier\n    1954'), ['17. August 1946 → 1946-08-17', '4⏎    janvier⏎    1954 → 1954-01-04']);
  });

  test('Russian months transliterated, in the nominative and the genitive, the soft sign as an apostrophe or none', () => {
    assert.deepEqual(dates('Kessia, Mart 1938; 5 dekabria 1936; oktiabr’ 1917; fevral\' 1956; noiabr 1922; 1 iiunia 1941'),
      ['Mart 1938 → 1938-03', '5 dekabria 1936 → 1936-12-05', 'oktiabr’ 1917 → 1917-10', 'fevral\' 1956 → 1956-02', 'noiabr 1922 → 1922-11',
        '1 iiunia 1941 → 1941-06-01']);
  });

  test('a Hungarian date: the year, the month, the day, each with its full stop (`1919. március 21.`)', () => {
    assert.deepEqual(dates('Kessia, 1919. március 22., 1; born 1886. február 20. in Vantor.'),
      ['1919. március 22. → 1919-03-22', '1886. február 20. → 1886-02-20']);
  });

  test('ranges of months or days of another language, and German’s `bis`', () => {
    assert.deepEqual(dates('Dokumenty, Mart 1953 – fevral\' 1956; the record (1 marta – 9 marta 1931 g.); Die Republik 1930 bis 1933; 4 février – 9 mars 1794'),
      ['Mart 1953 – fevral\' 1956 → 1953-03/1956-02', '1 marta – 9 marta 1931 → 1931-03-01/1931-03-09', '1930 bis 1933 → 1930/1933',
        '4 février – 9 mars 1794 → 1794-02-04/1794-03-09']);
  });

  test('a month of another language without a year is no date, nor a word that only begins like one', () => {
    assert.deepEqual(dates('Mai Vessel and Marco Ostrava met 3 mai workers; the marsh of 1938'), ['1938 → 1938']);
  });
});

describe('the French Republican calendar', () => {
  test('a day of a Republican month with its year is its Gregorian day; a range of days, an interval', () => {
    assert.deepEqual(dates('On 8 Thermidor Year II the Lorvan deputies rose; on 18 Brumaire Year VIII, and on 12 Germinal of the Year III'),
      ['8 Thermidor Year II → 1794-07-26', '18 Brumaire Year VIII → 1799-11-09', '12 Germinal of the Year III → 1795-04-01']);
    assert.deepEqual(dates('a decree of 5 Nivose an III; in the night of 9-10 Thermidor Year II; le 16 pluviôse an II (in French, in lower case)'),
      ['5 Nivose an III → 1794-12-25', '9-10 Thermidor Year II → 1794-07-27/1794-07-28', '16 pluviôse an II → 1794-02-04']);
  });

  test('without its year, the Republican year of the last such date; in a text that does not date so, the name of an event', () => {
    assert.deepEqual(dates('The club of Anselme Corvet closed on 22 Brumaire Year III. On 12 Germinal the crowds came; on 1 Prairial, again.'),
      ['22 Brumaire Year III → 1794-11-12', '12 Germinal → 1795-04-01', '1 Prairial → 1795-05-20']);
    assert.deepEqual(dates('In 1851 Corvet wrote of the coup of 18 Brumaire, by which a general had seized power on 9 November 1799.'),
      ['1851 → 1851', '9 November 1799 → 1799-11-09']);
  });

  test('in a text that dates by the calendar, its years, a season of a year, a month or its last ten days; not the event', () => {
    assert.deepEqual(dates('On 8 Thermidor Year II Corvet spoke of the quarrels of late Messidor and of the whole Year II; the men of Thermidor'
      + ' had struck in Germinal. In the winter of Year III the Lorvan club closed, as l\'an III went on.'), [
      '8 Thermidor Year II → 1794-07-26', 'late Messidor → 1794-07-09/1794-07-18', 'Year II → 1793-09-22/1794-09-21',
      'Germinal → 1794-03-21/1794-04-19', 'the winter of Year III → 1794-12/1795-02', 'an III → 1794-09-22/1795-09-22',
    ]);
    assert.deepEqual(dates('In Germinal, a novel of 1885, the miners of Year II strike.'), ['1885 → 1885']);
    assert.deepEqual(dates('On 3 Thermidor Year II; not on 31 Thermidor (no month of thirty days has it) of Year II.'),
      ['3 Thermidor Year II → 1794-07-21', 'Year II → 1793-09-22/1794-09-21']);
  });

  test('a Gregorian equivalent beside a Republican day fixes its year, whatever year the text named before', () => {
    assert.deepEqual(dates('the assembly of 1792 gave way; the rising of 13 Vendémiaire, the 5th of October 1795, failed'),
      ['1792 → 1792', '13 Vendémiaire → 1795-10-05', 'the 5th of October 1795 → 1795-10-05']);
    assert.deepEqual(dates('In 1793 it began. It was voted on 5 Fructidor (22 August 1795).'),
      ['1793 → 1793', '5 Fructidor → 1795-08-22', '22 August 1795 → 1795-08-22']);
  });
});

describe('holidays', () => {
  test('May Day of a year is the first of May; May Day alone is the holiday, no date', () => {
    assert.deepEqual(dates('The Corvet union marched on May Day 1913 and again on the May Day of 1920; every May Day it sang.'),
      ['May Day 1913 → 1913-05-01', 'the May Day of 1920 → 1920-05-01']);
  });

  test('Easter of a year is the month of its Easter Sunday, April or March; Christmas of a year, or its eve, its day', () => {
    assert.deepEqual(dates('The Lorvan rising of Easter 1916 failed; by Easter 1913 the union had split; every Easter it marched.'),
      ['Easter 1916 → 1916-04', 'Easter 1913 → 1913-03']);
    assert.deepEqual(dates('The truce of Christmas 1914 held for a day.'), ['Christmas 1914 → 1914-12-25']);
    assert.deepEqual(dates('He dictated on Christmas Eve 1922.'), ['Christmas Eve 1922 → 1922-12-24']);
  });
});

describe('months and seasons', () => {
  test('months with years, in every form', () => {
    assert.deepEqual(dates('in April 1922; December, 1923; In December of 1929; JUNE 1941'),
      ['April 1922 → 1922-04', 'December, 1923 → 1923-12', 'December of 1929 → 1929-12', 'JUNE 1941 → 1941-06']);
    assert.deepEqual(dates('Spartacus, March-April 1978; Review, November–December 1967; Between March and June 1928 they left'),
      ['March-April 1978 → 1978-03/1978-04', 'November–December 1967 → 1967-11/1967-12', 'Between March and June 1928 → 1928-03/1928-06']);
  });

  test('early, mid- and late: the first, middle or last ten days of a month, as of a year its halves; a month’s halves', () => {
    assert.deepEqual(dates('The strike began in mid-July 1976 and ended in early\nSeptember 1976; late February, 1977 was calm.'),
      ['mid-July 1976 → 1976-07-11/1976-07-20', 'early⏎September 1976 → 1976-09-01/1976-09-10', 'late February, 1977 → 1977-02-21/1977-02-28']);
    assert.deepEqual(dates('In 1936 the strikes peaked in the first half of June and ebbed in the second half of July.'),
      ['1936 → 1936', 'the first half of June → 1936-06-01/1936-06-15', 'the second half of July → 1936-07-16/1936-07-31']);
  });

  test('the early or later part of a year, a decade or a century', () => {
    assert.deepEqual(dates('the early part of 1848, the latter part of the 1840s, the later part of the nineteenth century'),
      ['the early part of 1848 → 1848-01/1848-06', 'the latter part of the 1840s → 1845/1849', 'the later part of the nineteenth century → 1851/1900']);
  });

  test('the early or late part of a year, also with `in` (but `later in` is any time after)', () => {
    assert.deepEqual(dates('early in 1938 the ministry moved; late in 1937 the front broke; later in 1937 it held; in early 1939'),
      ['early in 1938 → 1938-01/1938-06', 'late in 1937 → 1937-07/1937-12', '1937 → 1937', 'early 1939 → 1939-01/1939-06']);
  });

  test('seasons are their months; winter runs into the next year; after a name a season is an event of its year', () => {
    assert.deepEqual(dates('during the spring of 1936, in the autumn of 1916, the fall of 1928, summer 1940'),
      ['the spring of 1936 → 1936-03/1936-05', 'the autumn of 1916 → 1916-09/1916-11', 'the fall of 1928 → 1928-09/1928-11',
        'summer 1940 → 1940-06/1940-08']);
    assert.deepEqual(dates('the Varna Spring of 1968 and the Hot Autumn of 1969; In Spring 1936 the strike; History, Spring 1994'),
      ['1968 → 1968', '1969 → 1969', 'Spring 1936 → 1936-03/1936-05', 'Spring 1994 → 1994-03/1994-05']);
    assert.deepEqual(dates('Slavic Review (Winter 1975-76), esp. p. 4; the winter of 1941/42'),
      ['Winter 1975-76 → 1975-12/1976-02', 'the winter of 1941/42 → 1941-12/1942-02']);
  });

  test('the second of two months joined by `and` or `or` after a preposition is a month too (`in March and April`, `between June and July`)', () => {
    assert.deepEqual(dates('In 1932 the reports came in March and April, and between June or July; in May and August Bebel wrote.'),
      ['1932 → 1932', 'March → 1932-03', 'April → 1932-04', 'June → 1932-06', 'July → 1932-07', 'May → 1932-05']);
  });

  test('the month of a meeting (`the November plenum`) is a month, in the year after it (`the April plenum of 1929`); not `the October Revolution`', () => {
    assert.deepEqual(dates('In 1930 Holt spoke at the November plenum. The April plenum of 1929 condemned him. The October Revolution came.'),
      ['1930 → 1930', 'November → 1930-11', 'April → 1929-04', '1929 → 1929']);
  });

  test('so is the month of a trial or a raid (`the August trial`, `the May raid`), held then', () => {
    assert.deepEqual(dates('In 1936 the first trial opened. The August trial was the first of three; after the May raid he wrote.'),
      ['1936 → 1936', 'August → 1936-08', 'May → 1936-05']);
  });

  test('a month, day or season without a year takes the year the text has just fixed', () => {
    assert.deepEqual(dates('In January 1933 the purge began and in April, a commission met; On June 12 it closed.'),
      ['January 1933 → 1933-01', 'April → 1933-04', 'June 12 → 1933-06-12']);
    assert.deepEqual(dates('The strike began in 1926; on the 23rd of March it ended.'), ['1926 → 1926', 'the 23rd of March → 1926-03-23']);
    assert.deepEqual(dates('In 1926 the port closed, as Orlov notes (Riga, 1981), and in May it reopened.'),
      ['1926 → 1926', '1981 → 1981', 'May → 1926-05']);
    assert.deepEqual(dates('In 1926 the port closed (Orlov 1981: 12-14), and in May it reopened (Vessel 2005, 112-19); in June it froze.'),
      ['1926 → 1926', '1981 → 1981', 'May → 1926-05', '2005 → 2005', 'June → 1926-06']);
    assert.deepEqual(dates('In 1926 the port closed (Orlov 1981, 12; Vessel 2005, 3), and as Marn (2009: 85–88) stresses, on 27 May it reopened.'),
      ['1926 → 1926', '1981 → 1981', '2005 → 2005', '2009 → 2009', '27 May → 1926-05-27']);
    assert.deepEqual(dates('In 1936 the port closed (Orlov, Writings 1936–37, pp. 212–14). In November it reopened.'),
      ['1936 → 1936', '1936–37 → 1936/1937', 'November → 1936-11']);
    assert.deepEqual(dates('Orlov reached Riga in 1931. In the spring the port froze late.'),
      ['1931 → 1931', 'the spring → 1931-03/1931-05']);
    assert.deepEqual(dates('Orlov reached Riga in 1931; in winter the port froze, a fall in trade followed, and by spring of that year…'),
      ['1931 → 1931', 'winter → 1931-12/1932-02']);
    assert.deepEqual(dates('The strikes ran through the summer of 1936 and into the autumn; throughout the winter the port was idle.'),
      ['the summer of 1936 → 1936-06/1936-08', 'the autumn → 1936-09/1936-11', 'the winter → 1936-12/1937-02']);
  });

  test('or the year before or after it, when the text says so', () => {
    assert.deepEqual(dates('The port closed on 9 November 1919, and on October 3 of the following year it reopened; in May of the previous year…'),
      ['9 November 1919 → 1919-11-09', 'October 3 of the following year → 1920-10-03', 'May of the previous year → 1919-05']);
  });

  test('narratives move forward: the year is the last one named, not that of an earlier mention of the month', () => {
    assert.deepEqual(dates('After May 1886 came the congress of 1889; the strikes of 1896-97 began in late May and lasted into June.'),
      ['May 1886 → 1886-05', '1889 → 1889', '1896-97 → 1896/1897', 'late May → 1897-05-21/1897-05-31', 'June → 1897-06']);
  });

  test('parts of a month, and the end of a short range as the year', () => {
    assert.deepEqual(dates('The strike began on 9 January 1905 and lasted until the end of February.'),
      ['9 January 1905 → 1905-01-09', 'the end of February → 1905-02']);
    assert.deepEqual(dates('Between 1915 and 1917 the docks lay idle; in November the city fell.'),
      ['Between 1915 and 1917 → 1915/1917', 'November → 1917-11']);
    assert.deepEqual(dates('From 1920 to 1934 the union grew; in June it was banned.'), ['1920 to 1934 → 1920/1934']);
  });

  test('a look back to an earlier year does not move the narrative: a day of the same month keeps its year', () => {
    assert.deepEqual(dates('The strike broke out on the 3rd of May 1937; the exchange, held by the union since July 1936, fell on 5 May, and by 7 May it was over.'),
      ['the 3rd of May 1937 → 1937-05-03', 'July 1936 → 1936-07', '5 May → 1937-05-05', '7 May → 1937-05-07']);
    const far = `On 3 May 1937 the strike at the Varna docks began. ${'The pickets held the gates. '.repeat(30)}On 5 May the troops came.`;
    assert.deepEqual(dates(far), ['3 May 1937 → 1937-05-03', '5 May → 1937-05-05']);
  });

  test('a year after a noun and `of` names an event or a past, and leaves the narrative at its own time, however far back', () => {
    const filler = 'The guards held the hill. '.repeat(50);
    assert.deepEqual(dates(`On 18 March 1871 the guards rose. ${filler}The prosecutions of 1870 had crushed the section, and an old Jacobin of 1848 was elected on 26 March.`),
      ['18 March 1871 → 1871-03-18', '1870 → 1870', '1848 → 1848', '26 March → 1871-03-26']);
    assert.deepEqual(dates('Vessel seized power in March 1952; he had ruled since the “Sergeants’ Revolt” of 1933, and Marn died the previous August.'),
      ['March 1952 → 1952-03', '1933 → 1933', 'the previous August → 1951-08']);
  });

  test('so does a second year joined to such a year by `and` (`the Soviets of 1905 and 1917`)', () => {
    assert.deepEqual(dates('On 14 October 1956 the councils met, seeing in them the Soviets of 1905 and 1917 reborn. On 21 November the police struck.'),
      ['14 October 1956 → 1956-10-14', '1905 → 1905', '1917 → 1917', '21 November → 1956-11-21']);
  });

  test('a month half a year or more before the month reached is of the next year, but after a pluperfect', () => {
    assert.deepEqual(dates('By December 1904 the union had eleven branches. Early in January it called a strike.'),
      ['December 1904 → 1904-12', 'January → 1905-01']);
    assert.deepEqual(dates('At the election of 14 December 1918 the party won; Varga had died in March.'),
      ['14 December 1918 → 1918-12-14', 'March → 1918-03']);
  });

  test('a date the narrative looks back to (`since 1968`) does not move it', () => {
    assert.deepEqual(dates('In February 1981 Varga, defence minister since 1968, became premier. In March the union struck.'),
      ['February 1981 → 1981-02', '1968 → 1968', 'March → 1981-03']);
  });

  test('a date the narrative looks ahead or back to (`until 1924`, `as early as February 1920`) does not move it', () => {
    assert.deepEqual(dates('On 8 February 1921 the commission met; Vantor had urged it as early as February 1920. Its report came on 15 March, kept secret until 1924; on 17 March the troops attacked.'),
      ['8 February 1921 → 1921-02-08', 'February 1920 → 1920-02', '15 March → 1921-03-15', '1924 → 1924', '17 March → 1921-03-17']);
  });

  test('a year after a word’s colon is a year (`Phase one: 1954 to 1956`); after a number’s or a parenthesis’s, a page', () => {
    assert.deepEqual(dates('Phase one: 1954 to 1956. Phase two: 1957. See Holt (1971): 1520 and John 3: 1916.'),
      ['1954 to 1956 → 1954/1956', '1957 → 1957', '1971 → 1971']);
  });

  test('a work’s year after its author in prose (`Gullickson 1996 studies`, `records; Holt 1977;`) does not move the narrative', () => {
    assert.deepEqual(dates('The spring of 1871 was short. Varga reconstructs it; Gullickson 1996 studies the figure. From 3 April Paris was at war, and in May the council split.'),
      ['The spring of 1871 → 1871-03/1871-05', '1996 → 1996', '3 April → 1871-04-03', 'May → 1871-05']);
  });

  test('days in both calendars before their month (Old Style, then New Style in parentheses) are one date at the New Style value, if 10 to 13 days apart', () => {
    assert.deepEqual(dates('In 1905 the war went badly. On 9 (22) January 1905 they marched; the fleet sank on 14–15 (27–28) May, and on 5 (6) May nothing.'),
      ['1905 → 1905', '9 (22) January 1905 → 1905-01-22', '14–15 (27–28) May → 1905-05-27/1905-05-28']);
  });

  test('so are whole dates in both calendars, the later the New Style’s, the year after both or before them', () => {
    assert.deepEqual(dates('In 1986 Ilse Marn wrote of the rising of 25 October (7 November)\n1917. In 1921, on 28 February (15 February O.S.) the sailors met; on 3 May (4 May) nothing.'),
      ['1986 → 1986', '25 October (7 November)⏎1917 → 1917-11-07', '1921 → 1921', '28 February (15 February O.S.) → 1921-02-28', '3 May → 1921-05-03',
        '4 May → 1921-05-04']);
  });

  test('with no date within reach, a bare day is at the narrative’s last time, a long paragraph back', () => {
    const filler = 'The guards held the hill and the sailors waited. '.repeat(30);
    assert.deepEqual(dates(`On 16 March 1921 the congress ended. ${filler}The final assault began on 17 March.`), ['16 March 1921 → 1921-03-16', '17 March → 1921-03-17']);
  });

  test('the footnotes at a page’s foot count for nothing in how far back the body’s last date is', () => {
    const filler = 'The guards held the hill and the sailors waited. '.repeat(48);
    const notes = Array.from({ length: 12 }, (_, i) => `${i + 2} Anna Kessel, The Quays (Halden: Vantor Press, 1963), ${i + 10}.`).join('\n');
    const markers = Array.from({ length: 12 }, (_, i) => `It was so.${i + 2}`).join(' ');
    const text = `The congress ended on 16 March 1921.1 ${filler}${markers}\n${notes}\nThe final assault began on 17 March.`;
    const found = analyzeDocument(text, 'plaintext').dates.map((d) => `${d.text} → ${d.value}`);
    assert.deepEqual([found[0], found.at(-1)], ['16 March 1921 → 1921-03-16', '17 March → 1921-03-17']);
  });

  test('a day alone after a preposition is of the month the text last named; not a numbered congress, division or century', () => {
    assert.deepEqual(dates('Then came the week of 21–28 May 1871. On the afternoon of Sunday the 21st the gates opened; veterans who had fought in 1848 were shot. On the 24th the hostages died, and the proclamation of the 22nd abandoned the plan. On the 25th Kessel wrote.'),
      ['21–28 May 1871 → 1871-05-21/1871-05-28', 'the 21st → 1871-05-21', '1848 → 1848', 'the 24th → 1871-05-24', 'the 22nd → 1871-05-22', 'the 25th → 1871-05-25']);
    assert.deepEqual(dates('In May 1956 the delegates of the 20th Congress left; the 27th Division stayed until the 19th century ended.'), ['May 1956 → 1956-05', 'the 19th century → 1801/1900']);
  });

  test('a chronology’s entry gives the year first', () => {
    assert.deepEqual(dates('In February 1918 the calendar changed.\n\n1917, 23 February: demonstrations.\n27 February: the garrison mutinies.'),
      ['February 1918 → 1918-02', '1917 → 1917', '23 February → 1917-02-23', '27 February → 1917-02-27']);
  });

  test('a year fixes bare dates some 3,000 characters on (a long paragraph of a PDF, or two), not further', () => {
    const filler = (n: number) => 'The pickets held the gates. '.repeat(n);
    assert.deepEqual(dates(`In 1918 the sailors rose. ${filler(36)}On 24 December they beat the troops off.`),
      ['1918 → 1918', '24 December → 1918-12-24']);
    assert.deepEqual(dates(`In 1918 the sailors rose. ${filler(110)}On 24 December they beat the troops off.`), ['1918 → 1918']);
  });

  test('a year that qualifies a noun is a look back when it is earlier than the time reached, else it fixes the time', () => {
    assert.deepEqual(dates('In April 1917 Halvorsen returned. Unlike the 1905 revolution, this one spread; in May the councils grew.'),
      ['April 1917 → 1917-04', '1905 → 1905', 'May → 1917-05']);
    assert.deepEqual(dates('After the 1936 elections, in May the cabinet fell.'), ['1936 → 1936', 'May → 1936-05']);
    assert.deepEqual(dates('In 1917 the tsar fell. In 1905, by contrast, the army held; in May the strikes ended.'),
      ['1917 → 1917', '1905 → 1905', 'May → 1905-05']);
  });

  test('a month takes the year of the next date of that month when it goes back from where the text had reached', () => {
    assert.deepEqual(dates('The list ends with 19 May 1849. In June the assembly closed the workshops, and the workers rose (23-26 June 1848).'),
      ['19 May 1849 → 1849-05-19', 'June → 1848-06', '23-26 June 1848 → 1848-06-23/1848-06-26']);
    assert.deepEqual(dates('The charter of 4 November 1848 was voted; the election of 10 December followed. Three years later came the coup of 2 December 1851.'),
      ['4 November 1848 → 1848-11-04', '10 December → 1848-12-10', '2 December 1851 → 1851-12-02']);
  });

  test('a date that words between date from the one before (`seven years after`) neither lends it its year nor moves the narrative', () => {
    assert.deepEqual(dates('Rákosi fell on 18 July 1956. The reburial of Rajk on 6 October, seven years after his execution in October 1949, drew crowds. '
      + 'On 23 October the students marched.'),
    ['18 July 1956 → 1956-07-18', '6 October → 1956-10-06', 'October 1949 → 1949-10', '23 October → 1956-10-23']);
  });

  test('the years of a clause between commas that opens with a past participle (a person’s past) do not move the narrative', () => {
    assert.deepEqual(dates('The central issue of 1968 was federation, and Holt, released from prison in 1960 and rehabilitated only in 1963, '
      + 'made it his platform. On 4 May he went to Moscow.'),
    ['1968 → 1968', '1960 → 1960', '1963 → 1963', '4 May → 1968-05-04']);
    assert.deepEqual(dates('In 1965 the army struck. The "Kessel Paper," circulated privately in January 1966, denied it. On 18 October the killings spread.'),
      ['1965 → 1965', 'January 1966 → 1966-01', '18 October → 1965-10-18']);
  });

  test('the years of a title in italics are a reference’s, not the time the narrative is at', () => {
    const text = 'In May 1966 the school split.[^1]\n\n[^1]: Ivo Holt, ed., *The Harbour Revolution, 1966–1969* (Riga: Baltic Press, 1996), 5–7. On the meeting of 29 May see Holt.\n';
    assert.deepEqual(analyzeDocument(text, 'markdown').dates.map((d) => `${d.text} → ${d.value}`),
      ['May 1966 → 1966-05', '1966–1969 → 1966/1969', '1996 → 1996', '29 May → 1966-05-29']);
  });

  test('a date the narrative looks back to (`had been founded in`, `who was shot in`) or ahead to (`would be shot in`) does not move it', () => {
    assert.deepEqual(dates('The plenum met in June 1937. The Comintern had been founded in March 1919. On 7 July the secretary was arrested.'),
      ['June 1937 → 1937-06', 'March 1919 → 1919-03', '7 July → 1937-07-07']);
    assert.deepEqual(dates('The verdict came on 13 March 1938; the survivors would be shot in September 1941. On 17 March the envoy reported.'),
      ['13 March 1938 → 1938-03-13', 'September 1941 → 1941-09', '17 March → 1938-03-17']);
    assert.deepEqual(dates('The strikes of 1980 spread to the yard named after Ilse Marn, who was shot in Kessia in 1937, and to the mines on 3 September.'),
      ['1980 → 1980', '1937 → 1937', '3 September → 1980-09-03']);
  });

  test('the turn of the century: five years either side of the round year nearest the time reached, or of the century named', () => {
    assert.deepEqual(dates('In 1921 the crews were peasants born around the turn of the century, unlike the men of the turn of the nineteenth century.'),
      ['1921 → 1921', 'the turn of the century → 1895/1905', 'the turn of the nineteenth century → 1795/1805']);
    assert.deepEqual(dates('At the turn of the century they came.'), []);
  });

  test('the time a text was posted or read (`Posted 7 March 2021`, `accessed 3 May 2018`) gives no bare date its year', () => {
    assert.deepEqual(dates('Posted 7 March 2021.\n\nThe revolution broke out on 23 February 1917 by the Old Style, that is on 8 March New Style.'),
      ['7 March 2021 → 2021-03-07', '23 February 1917 → 1917-03-08', '8 March → 1917-03-08']);
  });

  test('nor does the year a study was published in', () => {
    assert.deepEqual(dates('The party fell in 1933. Kessler’s study, published in 1976, shows how little it understood even after 30 January.'),
      ['1933 → 1933', '1976 → 1976', '30 January → 1933-01-30']);
  });

  test('a day the text marks as Old Style is at its Gregorian value (the gap 10 days from 1582, 11 from 1700, 12 from 1800, 13 from 1900)', () => {
    assert.deepEqual(dates('On 1 March 1917 (O.S.) they rose; the Soviet spoke on 16 May 1917, O.S., and again on 24–25 October 1917 (6–7 November N.S.).'),
      ['1 March 1917 → 1917-03-14', '16 May 1917 → 1917-05-29', '24–25 October 1917 → 1917-11-06/1917-11-07', '6–7 November → 1917-11-06/1917-11-07']);
    assert.deepEqual(dates('In 1921 the rising began on 2 March (O.S. 17 February). The Agreement is dated 1 May 1649 in the Julian calendar; 5 March 1796 (Old Style).'),
      ['1921 → 1921', '2 March → 1921-03-02', '17 February → 1921-03-02', '1 May 1649 → 1649-05-11', '5 March 1796 → 1796-03-16']);
    assert.deepEqual(dates('On 1 March 1917 the sailors rose; in 1930 (O.S.) nothing.'), ['1 March 1917 → 1917-03-01', '1930 → 1930']);
  });

  test('months after a date leave the narrative in its year; a reprint’s year after its original in brackets, or after a cue, is a publication year', () => {
    assert.deepEqual(dates('The councils met in January 1919 (Holt [1918] 1971: 368). The months after January saw them fall; on 4 February Kessel fell.'),
      ['January 1919 → 1919-01', '1918 → 1918', '1971 → 1971', 'January → 1919-01', '4 February → 1919-02-04']);
    assert.deepEqual(dates('The councils met in January 1919 (cf. Holt 2006, 192). On 4 February Kessel fell.'),
      ['January 1919 → 1919-01', '2006 → 2006', '4 February → 1919-02-04']);
  });

  test('a date of January to March with its Old Style year and the next (`30 January 1648/9`) is in the next year; a bare year so written is both', () => {
    assert.deepEqual(dates('The King died on 30 January 1648/9; pamphlets of 26 February 1648/49 followed. On 4 February the Council met. 1648/9 was hard.'),
      ['30 January 1648/9 → 1649-01-30', '26 February 1648/49 → 1649-02-26', '4 February → 1649-02-04', '1648/9 → 1648/1649']);
  });

  test('a month and its year’s last two digits (`May \'68`; in other languages without the apostrophe: `Mai 68`, `juin 68`), in the century of the text', () => {
    assert.deepEqual(dates("In 1968 the students rose. Notes on May '68. See *Histoire de la France de 1685 à nos jours*; Holt, *Mai 68*; Flins, juin 68. In May 45 men died."),
      ['1968 → 1968', "May '68 → 1968-05", '1685 → 1685', 'Mai 68 → 1968-05', 'juin 68 → 1968-06']);
  });

  test('months across a new year (`the winter of 1956–57`) leave the narrative at their start: a month after is still in that year', () => {
    assert.deepEqual(dates('The veto fell on 4 November 1956; over the winter of 1956–57 the Assembly passed resolutions. The leaders had flown out on 2 November.'),
      ['4 November 1956 → 1956-11-04', 'the winter of 1956–57 → 1956-12/1957-02', '2 November → 1956-11-02']);
  });

  test('a range of days at a line’s end before a note that opens the next line with its number', () => {
    assert.deepEqual(dates('In 1956 they flew to Brioni on the night of 2–3 November\n8 Kessel, The Quays, 12.'),
      ['1956 → 1956', '2–3 November → 1956-11-02/1956-11-03']);
  });

  test('a range of days without a year takes the year the text has reached', () => {
    assert.deepEqual(dates('In 1919 the city rose. Between 10 and 13 January the troops came back; on 23-26 June, from 3 to 5 May and on March 2-4 it struck; '
      + 'between 3 and 8 delegates spoke.'),
    ['1919 → 1919', 'Between 10 and 13 January → 1919-01-10/1919-01-13', '23-26 June → 1919-06-23/1919-06-26', '3 to 5 May → 1919-05-03/1919-05-05',
      'March 2-4 → 1919-03-02/1919-03-04']);
    assert.deepEqual(dates('In 1919 the insurgents met (27 October–2 November), rested from 30 December to 2 January, and on October 27 to November 2 they rode.'),
      ['1919 → 1919', '27 October–2 November → 1919-10-27/1919-11-02', '30 December to 2 January → 1919-12-30/1920-01-02',
        'October 27 to November 2 → 1920-10-27/1920-11-02']);
  });

  test('that month or season is in the year reached; the following or previous one after or before the month reached', () => {
    assert.deepEqual(dates('The Varna rising of 1 August 1927 and the one in Tarsk that December were crushed.'),
      ['1 August 1927 → 1927-08-01', 'that December → 1927-12']);
    assert.deepEqual(dates('The invasion of July 1937 found Halvorsen, who had been kidnapped the previous December, in command.'),
      ['July 1937 → 1937-07', 'the previous December → 1936-12']);
    assert.deepEqual(dates('The invasion of July 1937 found Halvorsen in command; the following March he resigned.'),
      ['July 1937 → 1937-07', 'the following March → 1938-03']);
    assert.deepEqual(dates('In 1936 the port closed; that summer the strike ended, and the following spring the docks reopened.'),
      ['1936 → 1936', 'that summer → 1936-06/1936-08', 'the following spring → 1937-03/1937-05']);
    assert.deepEqual(dates('that spring of 1936; the following May 1937; the following year'), ['spring of 1936 → 1936-03/1936-05', 'May 1937 → 1937-05']);
  });

  test('the first or last days or weeks of a month are the month', () => {
    assert.deepEqual(dates('In 1919 the Freikorps took the city in the first days of May, and left in the last week of June.'),
      ['1919 → 1919', 'the first days of May → 1919-05', 'the last week of June → 1919-06']);
  });

  test('a month before a name that opens the clause is still a month; before an event noun or after `by` as a given name it is not', () => {
    assert.deepEqual(dates('In 1937 the front held. In May Tarrant left, and in June Halvard Moen returned; in May Day parades, by August Lindqvist.'),
      ['1937 → 1937', 'May → 1937-05', 'June → 1937-06']);
  });

  test('or the year of the expression it is joined to', () => {
    assert.deepEqual(dates('in January and March 1933; in the spring or summer of 1936'),
      ['January → 1933-01', 'March 1933 → 1933-03', 'the spring → 1936-03/1936-05', 'summer of 1936 → 1936-06/1936-08']);
    assert.deepEqual(dates('In 1842 the clubs met, and again through the spring and early summer of 1848.'),
      ['1842 → 1842', 'the spring → 1848-03/1848-05', 'summer of 1848 → 1848-06/1848-08']);
  });

  test('two months in a row, or two seasons, joined before their year are one span of time; months further apart are two dates', () => {
    assert.deepEqual(dates('It met in July and August 1935, wrote in January or February\n1921, and struck in late September and October 1939.'),
      ['July and August 1935 → 1935-07/1935-08', 'January or February⏎1921 → 1921-01/1921-02', 'late September and October 1939 → 1939-09-21/1939-10']);
    assert.deepEqual(dates('In the spring and summer of 1937 they fell; in the summer and autumn of 1929 they rose.'),
      ['the spring and summer of 1937 → 1937-03/1937-08', 'the summer and autumn of 1929 → 1929-06/1929-11']);
    assert.deepEqual(dates('In March and May 1937 they met.'), ['March → 1937-03', 'May 1937 → 1937-05']);
  });

  test('a people’s month before a year is an event of that year (`the Polish October, 1956`), not the month', () => {
    assert.deepEqual(dates('THE POLISH OCTOBER, 1956\n\nThe Hungarian October 1956 ended; in October 1956 they met.'), ['1956 → 1956', '1956 → 1956', 'October 1956 → 1956-10']);
  });

  test('without a year nearby, or as a name, a month is no date', () => {
    assert.deepEqual(dates('In April the lilacs bloom.'), []);
    assert.deepEqual(dates('In 1917 came the October Revolution, and in May Day parades; the tenth anniversary of October.'), ['1917 → 1917']);
    assert.deepEqual(dates('May I add that we march on?'), []);
    assert.deepEqual(dates('In 1966 the May 16 Notification came, and later the May 16 Corps; on May 16 Mao spoke.'), ['1966 → 1966', 'May 16 → 1966-05-16']);
    assert.deepEqual(dates('the Revolution of October 1917. Inspired by October, the workers rose; by November, they had won.'),
      ['October 1917 → 1917-10', 'November → 1917-11']);
    assert.deepEqual(dates('In 1920 she wrote of the spring of her life.'), ['1920 → 1920']);
  });
});

describe('ranges', () => {
  test('dashes, slashes, two-digit ends', () => {
    assert.deepEqual(dates('the Comintern (1934-1943); Opposition 1923–30; in 1920-21; in 1918/19; 1928—29'),
      ['1934-1943 → 1934/1943', '1923–30 → 1923/1930', '1920-21 → 1920/1921', '1918/19 → 1918/1919', '1928—29 → 1928/1929']);
  });

  test('in words', () => {
    assert.deepEqual(dates('between 1923 and 1928; from 1905 to 1930; Between 1928 and 1934'),
      ['between 1923 and 1928 → 1923/1928', '1905 to 1930 → 1905/1930', 'Between 1928 and 1934 → 1928/1934']);
  });

  test('one-digit ends, and a range broken after its dash', () => {
    assert.deepEqual(dates('in 1968-9, in 1917–\n1921'), ['1968-9 → 1968/1969', '1917–⏎1921 → 1917/1921']);
  });

  test('an end before its start is no range, and the start still stands', () => {
    assert.deepEqual(dates('filed as 1930-12 in the register'), ['1930 → 1930']);
  });
});

describe('decades and centuries', () => {
  test('decades in digits, with or without the apostrophe', () => {
    assert.deepEqual(dates('in the 1920s, the 1930’s, of the 1920s and 1930s'),
      ['the 1920s → 1920/1929', 'the 1930’s → 1930/1939', 'the 1920s → 1920/1929', '1930s → 1930/1939']);
  });

  test('a decade in the Russian plural of a transliterated title (`1920-kh godov`, `1930-e gody`); a year alone stays one', () => {
    assert.deepEqual(dates('Levaia oppozitsiia v kontse 1920-kh godov; the 1930-e gody; in 1920 he wrote.'),
      ['1920-kh → 1920/1929', '1930-e → 1930/1939', '1920 → 1920']);
  });

  test('short decades after `the`, never an age', () => {
    assert.deepEqual(dates('In 1995 the mid-90s began, after the late 60s; in his late 60s he wrote'),
      ['1995 → 1995', 'the mid-90s → 1993/1997', 'the late 60s → 1965/1969']);
  });

  test('ranges of decades, and the second of two decades', () => {
    assert.deepEqual(dates('the 1930s–40s; the 1920s-1930s; in the 1920s and 30s'),
      ['the 1930s–40s → 1930/1949', 'the 1920s-1930s → 1920/1939', 'the 1920s → 1920/1929', '30s → 1930/1939']);
    assert.deepEqual(dates('Popular Culture in France, 1930s to 1970s'), ['1930s to 1970s → 1930/1979']);
    assert.deepEqual(dates('Between 1925 and 1948, in the thirties and forties'),
      ['Between 1925 and 1948 → 1925/1948', 'the thirties → 1930/1939', 'forties → 1940/1949']);
  });

  test('beside another decade, the 1900s are a decade, not a century', () => {
    assert.deepEqual(dates('the debates of the 1890s and 1900s; the 1900s and 1910s; the 1800s and 1900s; the 1900s'),
      ['the 1890s → 1890/1899', '1900s → 1900/1909', 'the 1900s → 1900/1909', '1910s → 1910/1919', 'the 1800s → 1800/1899', '1900s → 1900/1999',
        'the 1900s → 1900/1999']);
  });

  test('a year of two digits after an apostrophe and a word of time takes the century the text is about', () => {
    assert.deepEqual(dates("Between 1966 and 1972 the students who marched in '68, in the summer of ’69, wrote its history."),
      ['Between 1966 and 1972 → 1966/1972', "'68 → 1968", 'the summer of ’69 → 1969-06/1969-08']);
    assert.deepEqual(dates("In 1931 the port froze; in '36 and '37 it struck, from 1936 to '39 it starved, between 1940 and '45 it burned."),
      ['1931 → 1931', "'36 → 1936", "'37 → 1937", "1936 to '39 → 1936/1939", "between 1940 and '45 → 1940/1945"]);
    assert.deepEqual(dates("the '68ers and rock 'n' roll"), []);
  });

  test('hundreds are centuries, with their parts; the 2000s are a decade, as essays written since mean them', () => {
    assert.deepEqual(dates('in the 1800s, in the early 1600s'), ['the 1800s → 1800/1899', 'the early 1600s → 1600/1649']);
    assert.deepEqual(dates('the archives opened in the 2000s, and in the early 2000s'), ['the 2000s → 2000/2009', 'the early 2000s → 2000/2004']);
  });

  test('parts of decades', () => {
    assert.deepEqual(dates('the late 1920s, the early 1930s, the mid-1930s, at the end of the 1920s, the later 1940s'),
      ['the late 1920s → 1925/1929', 'the early 1930s → 1930/1934', 'the mid-1930s → 1933/1937', 'the end of the 1920s → 1925/1929',
        'the later 1940s → 1945/1949']);
  });

  test('the second of two parts of decades needs no `the`; alone, a part of a decade in words is an age', () => {
    assert.deepEqual(dates('In 1950 she wrote of the late forties and early fifties, and of the 1920s and early 30s; in his early fifties he retired.'),
      ['1950 → 1950', 'the late forties → 1945/1949', 'early fifties → 1950/1954', 'the 1920s → 1920/1929', 'early 30s → 1930/1934']);
  });

  test('decades without their century take the century the text is about', () => {
    const text = 'Between 1929 and 1939 the plan changed. The crisis in the ’20s and ’30s, at the beginning of the \'30s, '
      + 'from the twenties, in the late twenties, in the Thirties.';
    assert.deepEqual(dates(text), ['Between 1929 and 1939 → 1929/1939', 'the ’20s → 1920/1929', '’30s → 1930/1939',
      'the beginning of the \'30s → 1930/1934', 'the twenties → 1920/1929', 'the late twenties → 1925/1929', 'the Thirties → 1930/1939']);
    assert.deepEqual(dates('Essays of 2008 and 2014 look back at the thirties.'),
      ['2008 → 2008', '2014 → 2014', 'the thirties → 1930/1939']);
    assert.deepEqual(dates('Nothing in 1921 or 1926 foretold the forties.'), ['1921 → 1921', '1926 → 1926', 'the forties → 1940/1949']);
    assert.deepEqual(dates('Without a year, the thirties are no date.'), []);
    assert.deepEqual(dates('Marx left Paris in 1845 (London, 1995; Berlin, 2001); in the forties he wrote (Ostrava 1999a).'),
      ['1845 → 1845', '1995 → 1995', '2001 → 2001', 'the forties → 1840/1849', '1999 → 1999']);
  });

  test('spelled decades with their hundreds, or after an apostrophe as older prose writes them', () => {
    assert.deepEqual(dates("In 1848 the eighteen-forties ended; the 'forties and the late 'thirties, not the seventeen-nineties"),
      ['1848 → 1848', 'the eighteen-forties → 1840/1849', "the 'forties → 1840/1849", "the late 'thirties → 1835/1839", 'the seventeen-nineties → 1790/1799']);
  });

  test('an age is no decade', () => {
    assert.deepEqual(dates('In 1950 he was in his thirties; in their late twenties they met.'), ['1950 → 1950']);
  });

  test('centuries in words and digits, as nouns and as adjectives', () => {
    assert.deepEqual(dates('the twentieth century, the 19th century, eighteenth-century prose, in 20th-century Europe, the late nineteenth century'),
      ['the twentieth century → 1901/2000', 'the 19th century → 1801/1900', 'eighteenth-century → 1701/1800',
        '20th-century → 1901/2000', 'the late nineteenth century → 1851/1900']);
    assert.deepEqual(dates('the mid-nineteenth century, the mid-1800s, the mid-twentieth century'),
      ['the mid-nineteenth century → 1830/1870', 'the mid-1800s → 1830/1870', 'the mid-twentieth century → 1930/1970']);
    assert.deepEqual(dates('the second half of the nineteenth century; the twenty-first century'),
      ['the second half of the nineteenth century → 1851/1900', 'the twenty-first century → 2001/2100']);
  test('two centuries at once, from the start of the first to the end of the last', () => {
    assert.deepEqual(dates('the twelfth and thirteenth centuries, the 18th and 19th centuries, the late eighteenth and early nineteenth centuries'),
      ['the twelfth and thirteenth centuries → 1101/1300', 'the 18th and 19th centuries → 1701/1900',
        'the late eighteenth and early nineteenth centuries → 1751/1850']);
    assert.deepEqual(dates('nineteenth- and twentieth-century thought, the 17th–18th century'),
      ['nineteenth- and twentieth-century → 1801/2000', 'the 17th–18th century → 1601/1800']);
  });
});

describe('eras', () => {
  test('years before the common era count as ISO 8601 does: 1 BC is year 0, 431 BC is -0430', () => {
    assert.deepEqual(dates('founded in 508 BC, it fell in 322 B.C.; c. 330 bc; the Social War of 91-88 BC'),
      ['508 BC → -0507', '322 B.C. → -0321', '330 bc → -0329', '91-88 BC → -0090/-0087']);
    assert.deepEqual(dates('the fifth century BC, the late fifth century BCE, the 330s BC'),
      ['the fifth century BC → -0499/-0400', 'the late fifth century BCE → -0449/-0400', 'the 330s BC → -0338/-0329']);
  });

  test('the common era, before or after the year, and any number is a year', () => {
    assert.deepEqual(dates('the Temple fell in AD 70; the edict of 212 CE; the first century AD; A.D. 1066'),
      ['AD 70 → 0070', '212 CE → 0212', 'the first century AD → 0001/0100', 'A.D. 1066 → 1066']);
  });

  test('a month after a year before the era is in that year', () => {
    assert.deepEqual(dates('In 44 BC, in March, the dictator was killed.'), ['44 BC → -0043', 'March → -0043-03']);
  });
});

});

describe('what is not a date', () => {
  test('page, volume, edition, note and issue numbers', () => {
    assert.deepEqual(dates('See pp. 1920-1925, p. 1931, vol. 1936, no. 1937, note 1938, Review 23 (1971): 1520–40.'), ['1971 → 1971']);
    assert.deepEqual(dates('the 2nd edition, vol. 3, No. 12, Section 1921; but the 1924 edition'), ['1924 → 1924']);
    assert.deepEqual(dates('Debates, 12 May 1937, vol. 323, col. 1936; cols. 1936-40; doc. 1937; Box 1938, folder 2; item 1939; line 1940; plate 1941'),
      ['12 May 1937 → 1937-05-12']);
  });

  test('note markers glued to words and years', () => {
    assert.deepEqual(dates('the cadres.7 Kirov33 in 1934.32 and <sup>1924</sup> and [^1925]'), ['1934 → 1934']);
    assert.deepEqual(dates('Issue #1920 cost $1920.\n\n## 1848–1849 in Varna\n\n# 1850'), ['1848–1849 → 1848/1849', '1850 → 1850']);
  });

  test('counts, measures, money, ordinals, times of day', () => {
    assert.deepEqual(dates('5,000,000 people, 1,500 workers, 1500 workers, 1200 km, $1920, 45%, the 20th Congress, at 10:30, at 1930 hours'), []);
    assert.deepEqual(dates('in 1917 delegates met; the 1918 delegates left; Lenin’s 1922 letters'), ['1917 → 1917', '1918 → 1918', '1922 → 1922']);
    assert.deepEqual(dates('1000 years; the plant produced 1600 tractors; some 1500 dockers left; nearly 1800 sailors'), []);
    assert.deepEqual(dates('from about 1930 the party grew; about 1930 was the turn'), ['1930 → 1930', '1930 → 1930']);
    assert.deepEqual(dates('membership rose from 1500 to 1900 members'), []);
    assert.deepEqual(dates('some 2000 of the workers struck, and 1939 of them were dismissed; in 1936 of all years'), ['1936 → 1936']);
  });

  test('numbers in web addresses and identifiers', () => {
    assert.deepEqual(dates('https://example.org/1999/report, example.net/2004/05/x, ISBN 0-8047-1970-3'), []);
    assert.deepEqual(dates('the letters (nos. 1931–1935 in the archive), file 1928/14, item 1947/3'), []);
    assert.deepEqual(dates('Staatsarchiv Varna, R 43 I/1943, Bl. 112–15, a report of 1918/19'), ['1918/19 → 1918/1919']);
  });

  test('expressions relative to the time of writing, and named periods', () => {
    assert.deepEqual(dates('Today, in our century, five years later, in the Middle Ages, after the October Revolution'), []);
  });

  test('page numbers the structure has set aside', () => {
    const text = 'the strike spread.\n1931\nThe union met again';
    const page = { start: text.indexOf('1931'), end: text.indexOf('1931') + 4 };
    assert.deepEqual(dates(text, [page]), []);
  });
});

describe('broken expressions', () => {
  test('across a line break', () => {
    assert.deepEqual(dates('socialist experiments in the twentieth\ncentury signal; from April\n1922 on'),
      ['the twentieth⏎century → 1901/2000', 'April⏎1922 → 1922-04']);
    assert.deepEqual(dates('the nineteenth-\ncentury novel'), ['the nineteenth-⏎century → 1801/1900']);
  });

  test('with any dash or apostrophe', () => {
    assert.deepEqual(dates('1924‒26, 1924−26, 1917&ndash;1921, 1917-\'21, in 1944, the ‘30s, the `40s, the ʼ50s, the 60\'s'),
      ['1924‒26 → 1924/1926', '1924−26 → 1924/1926', '1917&ndash;1921 → 1917/1921', '1917-\'21 → 1917/1921', '1944 → 1944',
        'the ‘30s → 1930/1939', 'the `40s → 1940/1949', 'the ʼ50s → 1950/1959', 'the 60\'s → 1960/1969']);
  });
});

describe('corpus snippets', () => {
  test('souvarine', () => {
    assert.deepEqual(dates('in his secret speech of 1956,4 Khrushchev'), ['1956 → 1956']);
    assert.deepEqual(dates('at that time, the beginning of the \'30s, and in 1931'), ['the beginning of the \'30s → 1930/1934', '1931 → 1931']);
    assert.deepEqual(dates('(No.171, Paris, 1 April 1957)'), ['1 April 1957 → 1957-04-01']);
  });

  test('gouldner', () => {
    assert.deepEqual(dates('*Pravda* July 2, 1956, and in a *Pravda* editorial of March 28, 1956.'),
      ['July 2, 1956 → 1956-07-02', 'March 28, 1956 → 1956-03-28']);
    assert.deepEqual(dates('*Opposition 1923-1925, op.cit.*, p. 102; from "The New Course," December, 1923.'),
      ['1923-1925 → 1923/1925', 'December, 1923 → 1923-12']);
  });

  test('north and the open letter', () => {
    assert.deepEqual(dates('liquidate the Left Opposition in 1928–29 and the Soviet economy in the 1930’s'),
      ['1928–29 → 1928/1929', 'the 1930’s → 1930/1939']);
    assert.deepEqual(dates('(V. I. Lenin: Selected Works, Eng. Ed. Vol. 5; August 1915; p.141)'), ['August 1915 → 1915-08']);
  });
});

test('strange text gives a partial result, never an exception', () => {
  for (const text of ['', '1', '\u0000\uffff1924', 'the'.repeat(10000), `${'9'.repeat(5000)} 1924`, 'March '.repeat(2000)]) {
    assert.doesNotThrow(() => detectDates(text));
  }
  assert.deepEqual(dates(`${'9'.repeat(50)} in 1924`), ['1924 → 1924']);
});

test('a note is a narrative of its own, which the body enters at its marker; the body does not read the notes', () => {
  const text = [
    'THE VARNA COUNCILS',
    '',
    'Ruth Anselm',
    '',
    'In the autumn of 1918 the Varna councils met in the docks.1 Halvorsen was released',
    'on 8 November 1918 and reached the port on the evening of 10 November.2',
    '',
    '1 Tomas Orlov, Die Räte in Varna 1918–1919 (Riga: Quay Books, 1962), 40.',
    '2 The date is sometimes given as 9 November; the prison register shows 8 November.',
    '',
    '212                                                    BALTIC REVIEW',
    '',
    'Her paper was seized by the sailors on 9 November and lost again the next day.',
  ].join('\n');
  const found = analyzeDocument(text, 'plaintext').dates.map((d) => `${d.text} → ${d.value}`);
  assert.deepEqual(found, ['the autumn of 1918 → 1918-09/1918-11', '8 November 1918 → 1918-11-08', '10 November → 1918-11-10',
    '1918–1919 → 1918/1919', '1962 → 1962', '9 November → 1918-11-09', '8 November → 1918-11-08', '9 November → 1918-11-09']);
});

test('a whole invented essay, written before the rules it checks: body, page break and notes', () => {
  const text = [
    'THE LONG DETOUR: NOTES ON THE SECOND INTERNATIONAL',
    '',
    'Ruth Anselm',
    '',
    'When the Second International met at Stuttgart in August 1907, its',
    'delegates—some 886 of them—believed that the general strike could stop a',
    'European war. Seven years later, in the summer of 1914, the sections voted',
    'the war credits. Kautsky had foreseen the danger as early as 1909,12 and',
    'Luxemburg, writing in the Leipziger Volkszeitung in 1910–11, had called for',
    'action.13 The failure of August 4, 1914 was therefore no surprise to either.',
    '',
    '212                                                    SCIENCE & SOCIETY',
    '',
    'The interwar decades are usually told as a story of two Internationals. In',
    'the early twenties the Labour and Socialist International (founded 1923)',
    'still outnumbered the Comintern; by the late thirties it had all but vanished.',
    'The turning point, most historians agree, was 1933–34: the defeat in',
    'Germany in January–March 1933 and the Austrian civil war of 12–16 February',
    '1934.14',
    '',
    'The postwar period needs another essay. Here it is enough to note that',
    'the International was refounded at Frankfurt in 1951, that its',
    'membership peaked in the 1970s with 54 parties, and that its',
    'anniversary congress of 1989 met in Stockholm, 100 years after',
    'the Paris congress of July 14, 1889.',
    '',
    '12 K. Kautsky, Der Weg zur Macht (Berlin, 1909), pp. 1–3.',
    '13 R. Luxemburg, Gesammelte Werke, vol. 2 (Berlin, 1972), 344–57.',
    '14 J. Braunthal, History of the International, vol. 2, 1914–1943 (London,',
    '1967), 384.',
  ].join('\n');
  const found = analyzeDocument(text, 'plaintext').dates.map((d) => `${d.text.replace(/\r?\n/g, '⏎')} → ${d.value}`);
  assert.deepEqual(found, [
    'August 1907 → 1907-08',
    'the summer of 1914 → 1914-06/1914-08',
    '1909 → 1909',
    '1910–11 → 1910/1911',
    'August 4, 1914 → 1914-08-04',
    'the early twenties → 1920/1924',
    '1923 → 1923',
    'the late thirties → 1935/1939',
    '1933–34 → 1933/1934',
    'January–March 1933 → 1933-01/1933-03',
    '12–16 February⏎1934 → 1934-02-12/1934-02-16',
    '1951 → 1951',
    'the 1970s → 1970/1979',
    '1989 → 1989',
    'July 14, 1889 → 1889-07-14',
    '1909 → 1909',
    '1972 → 1972',
    '1914–1943 → 1914/1943',
    '1967 → 1967',
  ]);
});

test('no rule captures: in a pattern of several rules, the group of each is its place', () => {
  for (const rule of RULES) {
    for (const source of [rule.atWord, rule.atNumber]) if (source !== undefined) assert.equal(new RegExp(`${source}|`, 'u').exec('')!.length, 1, source.slice(0, 80));
  }
});
