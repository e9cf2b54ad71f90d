// Runs of capitalized words: the raw material of names. `Communist Party of the Soviet Union`,
// `V. I. Lenin`, `Left\nOpposition` (a line break inside) are each one run; a comma, a possessive
// or a blank line ends a run.
import { type Token, codeAt } from './tokens';
import { CONNECTORS, FUNCTION_WORD, PLACE, inLexicon, isCommonToken, isFamilyNameFirst, isGivenName } from './lexicon';
import { SAINTS } from './classify';

/**
 * Whitespace with at most one line break joins two words of one name, as do an ampersand (`Allison & Busby`)
 * and the apostrophe of a plural possessive (`Workers' Party`): see `Token.joins`.
 */
const joins = (token: Token): boolean => token.joins;
const isProper = (token: Token): boolean => token.capitalized;

const NUMBER_AFTER = /\.\s?\d/y;
/** `No.`, `Nos.`, `Nr.` before a number (`Mine No. 29`, `Order No. 00447`): the abbreviation of a number, no word of a name. */
function isNumberSign(text: string, token: Token): boolean {
  if (token.text !== 'No' && token.text !== 'Nos' && token.text !== 'Nr') return false;
  NUMBER_AFTER.lastIndex = token.end;
  return NUMBER_AFTER.test(text);
}

/**
 * An entry of a reading list: a surname at the start of a line, then a comma (`Nettl, J. P. Rosa Luxemburg.`); the
 * surname's particles may come first (`van der Pijl, Kees.`), a web encyclopedia's links back to the markers before
 * (`^ a b Figes, Orlando (1996).`).
 */
const ENTRY_START = /(?:^|\n)[ \t]*(?:[-*+][ \t]+|\d+\.[ \t]+)?(?:\^(?:[ \t][a-z](?=[ \t]))*[ \t]+)?(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]i|[Dd]u|[Dd]a|[Dd]el|[Dd]ella|[Ll]a|[Ll]e|[Tt]er)[ \t]+)*$/;

/**
 * Where an entry names more people inverted: after a semicolon (`Békés, Csaba; Byrne, Malcolm`), its translator or editor
 * (`Translated by Fitzgerald, Edward.`).
 */
const NEXT_AUTHOR_START = /(?:;|\b(?:[Tt]ranslated|[Ee]dited|[Tt]rans\.|[Ee]d\.) by|\b[Tt]rans\.)[ \t]+$/;

/** Whether `run` follows the surname of a reading list's entry and its comma (`Perry` in `Anderson, Perry.`). */
function afterEntrySurname(text: string, tokens: Token[], run: Token[]): boolean {
  const [first] = run;
  if (first.index === 0) return false;
  const surname = tokens[first.index - 1];
  if (!surname.capitalized || first.start - surname.end !== 2 || text.charCodeAt(surname.end) !== 44 /* , */) return false;
  if (opensEntry(text, surname.start)) return true;
  // A surname of two words, after a space (`Quiroz Cuarón, Alfonso.`).
  const word = first.index > 1 ? tokens[first.index - 2] : undefined;
  return word !== undefined && word.capitalized && surname.start - word.end === 1 && opensEntry(text, word.start);
}

/** Whether the word at `at` opens an entry of a reading list, or the next author of one. */
function opensEntry(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  return (ENTRY_START.test(before) || NEXT_AUTHOR_START.test(before)) && !proseGoesOn(text, at);
}

/**
 * Whether the line holding `at` goes on with the prose of the line before, a long one that breaks off on a word or a comma
 * (`Visitors from Europe and America came: Raymond⏎Molinier, Pierre Frank`): hard-wrapped prose, no list's entry (nor the
 * short heading above a list, `Works Cited`).
 */
function proseGoesOn(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1);
  let i = lineStart - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
  return i >= 0 && /[\p{L},]/u.test(text[i]) && i - text.lastIndexOf('\n', i) > WRAPPED_LINE;
}
/** The shortest line of hard-wrapped prose that runs on into the next. */
const WRAPPED_LINE = 50;

/**
 * The given names of an inverted name that opens a reading list's entry (`Perry` in `Anderson, Perry. "The
 * Antinomies"`, `Chantal` in `Mouffe, Chantal, editor.`): given names or initials up to the full stop or comma that
 * ends the author. They name the person the surname names, not a person of their own.
 */
function isInvertedGivenNames(text: string, tokens: Token[], run: Token[]): boolean {
  if (run.length > 3 || !afterEntrySurname(text, tokens, run)) return false;
  const last = run[run.length - 1];
  // A word the lexicon does not know as a given name counts before the year of an author-date entry (`Getachew, Adom. 2019.`),
  // or alone before the full stop that ends the author (`van der Pijl, Kees. The Making`; not `Stanford, Calif.: Verso`)
  // or the authors after the first (`Chandra, Bipan, Anna Kerrow, and`), if it is no place's name.
  if (!run.every((t) => t.initial || isGivenName(t) || !isCommonToken(t) && !t.allCaps &&
    (YEAR_NEXT.test(text.slice(last.end, last.end + 20)) || run.length === 1 && text.startsWith('. ', last.end) ||
      run.length === 1 && !inLexicon(t, PLACE) && moreAuthorsNext(text, last.end)))) return false;
  const after = codeAt(text, last.end);
  return last.initial || after === 46 /* . */ || after === 44 /* , */ || after === 59 /* ; */ || YEAR_NEXT.test(text.slice(last.end, last.end + 20));
}
/**
 * Whether more authors (`, Anna Kerrow`, `, and Ivo Brenn`, `, et al.`, `; Byrne, `), or the first author's part (`, eds.`), follow an
 * inverted name that ends at `at`, on a line with a year: a list of surnames in prose (`Robespierre, Saint-Just, Couthon`) names
 * one person by each.
 */
function moreAuthorsNext(text: string, at: number): boolean {
  if (!MORE_AUTHORS_NEXT.test(text.slice(at, at + 80))) return false;
  const lineEnd = text.indexOf('\n', at);
  return YEAR.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
}
const MORE_AUTHORS_NEXT = /^(?:,\s(?:(?:and\s|&\s)?\p{Lu}[\p{L}'’-]+\s(?:\p{Lu}\.\s?)*\p{Lu}|et\sal\.|eds?\.|editors?\b|trans\.)|;\s\p{Lu}[\p{L}'’-]+,\s)/u;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;
/** `. 2019`, `. (1938) 1989`, ` (1996).`, ` (December 1956).`: the year after the author of an author-date entry. */
const YEAR_NEXT = /^(?:\.\s+\(?|\s\((?:\d{1,2}\s)?(?:[A-Z][a-z]{2,8}\.?\s)?)(?:1[5-9]|20)\d\d\b/;

/**
 * Where the given names of a reading list's entry end, in a `run` that follows its surname (`J. P.` in `Nettl,
 * J. P. Rosa Luxemburg`, whose initials' full stop ends the author before the title): the run's length if it is no
 * such run or goes on with no title.
 */
function invertedNameEnd(text: string, tokens: Token[], run: Token[]): number {
  if (!afterEntrySurname(text, tokens, run)) return run.length;
  for (let k = 1; k < run.length; k++) if (run[k - 1].initial && !run[k].initial) return k;
  return run.length;
}

/** Institutions a saint's or founders' possessive names (`St. Martin's Press`): one name with it. */
const INSTITUTIONS = new Set(['University', 'College', 'Press', 'Publishers', 'Publishing', 'Books', 'Institute', 'School', 'Hospital', 'Cathedral', 'Church']);

/**
 * The runs of capitalized words of a token list (of `text`), each as its tokens (connectors included), and those of
 * them that are the surname of an inverted name opening an entry of a reading list (`Anderson` in `Anderson, Perry.`).
 */
export function findRuns(text: string, tokens: Token[]): { runs: Token[][]; authors: Set<Token[]> } {
  const runs: Token[][] = [];
  const authors = new Set<Token[]>();
  let i = 0;
  while (i < tokens.length) {
    if (!isProper(tokens[i]) || isNumberSign(text, tokens[i])) { i++; continue; }
    const run = [tokens[i]];
    let j = i + 1;
    // A possessive ends a name (`Trotsky's Fourth International`), unless it is a common word (`People's Commissars`)
    // that is no family name (`Sun's Three Principles`) after no initial (`James P. Cannon's Party`) before no function word
    // (`Mill's On Liberty`), or a saint's or two founders' names an institution (`St. Antony's College`, `McGill-Queen's
    // University Press`).
    while (j < tokens.length && (!tokens[j - 1].possessive || isCommonToken(tokens[j - 1]) && !isFamilyNameFirst(tokens[j - 1]) &&
      !inLexicon(tokens[j], FUNCTION_WORD) && !run.some((t) => t.initial) ||
      INSTITUTIONS.has(tokens[j].text) && (SAINTS.has(run[0].lower) || tokens[j - 1].text.includes('-'))) && joins(tokens[j])) {
      if (isNumberSign(text, tokens[j])) break;
      if (isProper(tokens[j])) { run.push(tokens[j++]); continue; }
      // Up to two connectors, only when a capitalized word follows them.
      let k = j;
      while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k].text) && joins(tokens[k]) && !tokens[k].possessive) k++;
      if (k === j || k >= tokens.length || !isProper(tokens[k]) || !joins(tokens[k])) break;
      // Spanish `y` joins a second surname (`Ortega y Gasset`), but before a given name two people (`Mercader y Germán Sánchez`).
      if (tokens[j].text === 'y' && k === j + 1 && isGivenName(tokens[k])) break;
      while (j < k) run.push(tokens[j++]);
    }
    const end = invertedNameEnd(text, tokens, run);
    const name = end < run.length ? run.slice(0, end) : run;
    // The surname before the given names is an author's, whatever its words (`Young, Robert J. C.`).
    const previous = runs[runs.length - 1];
    if (!isInvertedGivenNames(text, tokens, name)) runs.push(name);
    else if (previous && previous[previous.length - 1].index === name[0].index - 1) {
      // Only the words of the entry's line (`Works Cited` above `Anderson, Perry.` is no part of the name).
      let k = previous.length - 1;
      while (k > 0 && !text.slice(previous[k].gapStart, previous[k].start).includes('\n')) k--;
      const author = k > 0 ? previous.slice(k) : previous;
      if (k > 0) runs.splice(runs.length - 1, 1, previous.slice(0, k), author);
      authors.add(author);
    }
    i = end < run.length ? run[end].index : j;
  }
  return { runs, authors };
}
