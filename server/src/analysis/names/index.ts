// The name layer: every mention of a person, organization or place in an essay, body and notes, grouped
// into the entities they name. Tokens, runs, their classification and the clues about lone words come
// from each block (a stretch between blank lines) alone, and are kept in the memo from one version of the
// document to the next; what lone words are, and which mentions name one entity, the whole document decides.
import type { Citation, DocumentStructure, Entity, EntityMention, Span } from '../types';
import { type BlockMemo, blocksOf, perBlock } from '../blocks';
import { MONTH_NAMES } from '../dates/lexicon';
import { type Token, changedToken, codeAt, isDigit, tokenize } from './tokens';
import { ARTICLE, DEMONYM, FUNCTION_WORD, PLACE, inLexicon, isCommonToken, isCommonWord, isHeadFirst, isNationality, isPlace, lexiconOf } from './lexicon';
import { findRuns } from './runs';
import { type Segment, CONNECTORS_OF_STREETS, STREET_NOUNS, classifyRun, irishName, isMeeting, isOrganizationHead, isTownByRiver } from './classify';
import { rereadNames, withCompoundSurnames } from './reread';
import {
  type BlockWords, type PlacedSegment, firmAfterPlace, isEntryPublisher, isPeriodicalBeforeVolume, isPlaceOfPublication, isStateAfterPlace, isPublisherAfterPlace, loneWordClues, markPublishers, smallWordAfter,
  resolveLoneWords, splitAuthorPairs,
} from './resolve';
import { groupMentions } from './identity';
import { emphasisSpans, reclassifyEmphasized } from './emphasis';
import { namedDocumentSpans, outsideHeadings, outsideTitles, outsideZones, quotedTitleSpans, repeatedTitleSpans, titleSpans, translatedTitleSpans, webAddressSpans } from './titles';

/** What the name layer finds in one block, offsets relative to the block's start. */
interface BlockNames extends BlockWords {
  segments: Segment[];
  emphasis: Span[];
}

function namesOfBlock(text: string): BlockNames {
  const words = tokenize(text);
  const classified: Segment[] = [];
  const { runs, authors } = findRuns(text, words.tokens);
  for (const run of runs) {
    const firm = firmAfterPlace(text, words.tokens, run);
    if (firm) {
      // The founder before the comma was read alone: he is the firm's first word.
      if (classified.at(-1)?.tokens.at(-1) === firm[0]) classified.pop();
      classified.push({ kind: 'organization', tokens: firm });
    } else if (authors.has(run)) classified.push({ kind: 'person', tokens: run });
    else if (isEntryPublisher(text, run) || isPeriodicalBeforeVolume(text, run)) classified.push({ kind: 'organization', tokens: run });
    else if (isStateAfterPlace(text, run)) classified.push({ kind: 'place', tokens: run });
    else for (const segment of segmentsOf(text, words.tokens, run, classified)) classified.push(segment);
  }
  const segments = splitAuthorPairs(text, withoutOverlaps(classified));
  markPublishers(text, segments);
  return { words, segments, clues: loneWordClues(text, words, segments), emphasis: emphasisSpans(text) };
}

/** A day's number right before a word: `21 August`, `14–15 August`. */
const DAY_BEFORE = /(?:^|[^\d.,])\d{1,2}\s+$/;

/**
 * The names in `run`, a run of the block's `text` and `tokens` after the `classified` segments of the runs before it:
 * the place and the publisher of a reference (`Paris: Présence Africaine, 1956`), an Irish name, or what its words say.
 */
function segmentsOf(text: string, tokens: Token[], run: Token[], classified: readonly Segment[]): Segment[] {
  // Each test first looks at one character or token: most runs stand before no colon, after none, and hold no Irish.
  const last = run[run.length - 1];
  // `the 29th Division`, `the 1st International`: a body's head numbered in figures is a body (a meeting is left to the
  // document, which learns from the number that the word names meetings: `the 17th Congress`).
  // `the 129th Division of the Eighth Route Army`: the numbered body, then the body it belongs to.
  const [first] = run;
  if ((run.length === 1 || run.length > 2 && run[1].text === 'of') && isOrganizationHead(first) && !isMeeting(first)) {
    const ordinal = ordinalBefore(text, first);
    if (ordinal) return [{ kind: 'organization', tokens: [ordinal, first] }, ...run.length > 2 ? classifyRun(run.slice(run[2].text === 'the' ? 3 : 2)) : []];
  }
  // `On 21 August Vyshinsky announced`, `on 14–15 August India and Pakistan`: a month that is a given name too (`August
  // Bebel`) is the date's after a day's number, no part of the name after it.
  if (run.length > 1 && MONTH_NAMES.includes(first.name) && DAY_BEFORE.test(text.slice(first.gapStart, first.start))) return classifyRun(run.slice(1));
  // `the Soviet bloc`, `the Soviet–Yugoslav split`: the adjective, not the council (`the Soviet voted`).
  if (last.text === 'Soviet' && (run.length === 1 && last.previous === 'the' || run.length === 2 && run[0].text === 'The') && isAdjectiveBefore(text, last)) return [];
  if (last.previous === 'the' && codeAt(text, last.end) === 32 && (run.length === 1 || run[run.length - 2].text === 'the')) {
    // `When the Constitutionalist army`: the words before `the` are read as ever.
    const body = bodyBeforeSmallHead(text, last);
    if (body) return [...classifyRun(run.slice(0, -2)), { kind: 'organization', tokens: body }];
    // `the Fifth Congress of the Yugoslav party`: a nation's adjective before a noun is no part of the name before it.
    if (run.length > 2 && isNationality(last.text) && isAdjectiveBefore(text, last)) return classifyRun(run.slice(0, -2));
  }
  if (isPlaceOfPublication(text, run)) return [{ kind: 'place', tokens: run }];
  const irish = irishName(run, tokens[last.index + 1]);
  if (irish) return [irish];
  if (isTownByRiver(run)) return [{ kind: 'place', tokens: run }];
  const c = codeAt(text, last.end + 1);
  if (isDigit(c) && run.length > 1 && isIssueDate(text, last)) {
    // `in Kessia Nova March-April 1978`: a name before the months and the year of an issue is the periodical's.
    const name = run.slice(0, -1);
    return name.length === 1 && name[0].previous === 'in' ? [{ kind: 'organization', tokens: name }] : classifyRun(name);
  }
  const segments = withStreetNounAfter(text, run, withForeignWords(text, run, withStreetNouns(text, classifyRun(run))));
  // `Anna Ray, ed.`: two or three words before the abbreviation of an editor or a translator are a person, common words too;
  // so are two or three words that the text reads as nothing else before a title in italics or quotation marks
  // (`Hedrick Smith, *The Russians*`); not after a sentence's first word, a cue (`See Khrushchev Remembers, trans.`), nor
  // a title with an article, a function word or a people's adjective (`The Russian Revolution, trans.`, `and Other Essays, ed.`).
  if (codeAt(text, last.end) === 44 /* , */ && run.length > 1 && run.length < 4 && !(run[0].sentenceStart && isCommonToken(run[0])) &&
    !run.some((t) => inLexicon(t, ARTICLE | DEMONYM | FUNCTION_WORD) || t.lower === 'the') &&
    (isContributor(text, last) && !segments.some((s) => s.kind === 'person') || segments.length === 0 && isTitleAfter(text, last)) &&
    run.every((t) => t.capitalized && !t.allCaps && !isOrganizationHead(t))) return [{ kind: 'person', tokens: run }];
  // A publisher's words that name no body (`Présence Africaine`) are one; a body's name is read as ever (`Kessel Press of Vantor University`).
  const gap = run[0].gapStart;
  return (text.charCodeAt(gap) === 58 || text.charCodeAt(gap + 1) === 58) && isPublisherAfterPlace(text, tokens, run, classified) && !segments.some((s) => s.kind === 'organization') ?
    [{ kind: 'organization', tokens: run }] : segments;
}

/**
 * Whether `word` qualifies what follows it: a noun in small letters (`bloc`, `government`), not a verb or a function word
 * (`was`, `voted`, `and`), or another adjective after a dash (`Soviet–Yugoslav`).
 */
function isAdjectiveBefore(text: string, word: Token): boolean {
  const c = codeAt(text, word.end);
  if (c === 0x2013 || c === 45 /* – - */) return /\p{Lu}/u.test(text.charAt(word.end + 1));
  const next = smallWordAfter(text, word.end);
  return next !== undefined && !next.endsWith('ed') && !SENTENCE_GOES_ON.has(next);
}
/** Endings of English verbs the lexicon of common words may lack (`overreaches`, `overreaching`), and no French plural's (`parlementaires`). */
const ENGLISH_VERB_ENDING = /(?:ches|shes|sses|ing)$/;
/**
 * English words in small letters after a name that go on the sentence, no part of the name and no noun it qualifies
 * (`the Soviet voted`, `the Parti communiste français under Thorez`): function words and common verbs.
 */
const SENTENCE_GOES_ON = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'under', 'as',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'did', 'would', 'could', 'should', 'might', 'must', 'will', 'can', 'not',
  'which', 'that', 'who', 'whose', 'its', 'their', 'his', 'her', 'it', 'itself', 'they', 'he', 'she', 'then', 'also', 'now', 'still', 'alone', 'too',
  'met', 'sat', 'took', 'made', 'gave', 'became', 'began', 'sent', 'called', 'spoke', 'won', 'lost', 'set']);

/** `segments` (in text order) without those inside an earlier one that words in small letters went on (`… des étudiants de France`). */
function withoutOverlaps(segments: Segment[]): Segment[] {
  let end = -1;
  return segments.filter((s) => {
    if (s.tokens[0].start < end) return false;
    end = s.tokens[s.tokens.length - 1].end;
    return true;
  });
}

/** Small words inside French, Spanish and Italian names written in small letters (`Comité de salut public`). */
const FOREIGN_SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'y', 'e', 'del', 'della', 'di', 'dei', 'degli', 'el', 'los', 'las', 'pour', 'sur', 'en']);
const WORD_AHEAD = /[ \t]+([\p{L}\d][\p{L}\d'’-]*)/uy;

/**
 * `segments`, with the words in small letters that go on a body's name in French, Spanish or Italian (`Parti communiste
 * français`, `Comité de salut public`, `Confédération générale du travail`, `Union nationale des étudiants de France`): after a
 * head that ends the run, a small word of that language or a word that is no English one, up to punctuation, an English word
 * of a sentence going on or a verb, and a capitalized word only after a small word (`de France`).
 */
function withForeignWords(text: string, run: Token[], segments: Segment[]): Segment[] {
  const head = run[run.length - 1];
  const last = segments.at(-1);
  // The head alone after an article is no name of its own (`The Union`, or one the document decides): the words after
  // it may make one.
  const ofHead = last?.tokens.at(-1) === head ? last : undefined;
  if (ofHead ? ofHead.kind !== 'organization' && ofHead.tokens.length > 1 : last !== undefined || run.length > 2) return segments;
  if (!isOrganizationHead(head) || codeAt(text, head.end) !== 32) return segments;
  let at = head.end;
  let end = head.end;
  let afterSmallWord = false;
  for (let words = 0; words < 8; words++) {
    WORD_AHEAD.lastIndex = at;
    const word = WORD_AHEAD.exec(text)?.[1];
    if (word === undefined) break;
    const lower = word.toLowerCase();
    const capitalized = word !== lower;
    if (!capitalized && FOREIGN_SMALL_WORDS.has(word)) {
      afterSmallWord = true;
    } else if (capitalized) {
      if (afterSmallWord) end = WORD_AHEAD.lastIndex;
      break;
    } else {
      // The first word may be an English one only after a head of another language (`Syndicat national`, not `Komsomol youth`);
      // a number only after a small word (`Mouvement du 22 mars`, not `Review 26`).
      // After an English head, a word ending as an English verb goes on the sentence (`But Service overreaches`).
      if (SENTENCE_GOES_ON.has(word) || word.endsWith('ed') || end === head.end && !afterSmallWord && !isHeadFirst(head) && (isCommonWord(word) || ENGLISH_VERB_ENDING.test(word)) ||
        isDigit(word.charCodeAt(0)) && !afterSmallWord) break;
      end = WORD_AHEAD.lastIndex;
      afterSmallWord = false;
    }
    at = WORD_AHEAD.lastIndex;
  }
  if (end === head.end) return segments;
  const tail = text.slice(head.end, end).trimStart();
  const words = smallWordsToken(head, end - tail.length, tail, head.end);
  return [...segments.slice(0, ofHead ? -1 : segments.length), { kind: 'organization', tokens: [...ofHead?.tokens ?? [head], words] }];
}

/** `rue`, `boulevard`, `place de la` before a place: the street's or the square's name with them (`rue des Rosiers`). */
const STREET_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${[...STREET_NOUNS].join('|')})(?:\\s+(?:de\\s+la|${[...CONNECTORS_OF_STREETS].join('|')}))?|(?:place|porte|pont)\\s+(?:de\\s+la|${[...CONNECTORS_OF_STREETS].join('|')}))\\s+$`, 'u');

/** `segments`, with the noun of a street or a square before a place read as one (`rue Lafayette`, not `Lafayette`). */
function withStreetNouns(text: string, segments: Segment[]): Segment[] {
  const [first] = segments;
  if (first?.kind !== 'place' || first.tokens[0].previous === '') return segments;
  const name = first.tokens[0];
  const street = STREET_BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1];
  if (street === undefined) return segments;
  const start = text.lastIndexOf(street, name.start);
  const noun = smallWordsToken(name, start, street);
  return [{ kind: 'place', tokens: [noun, ...first.tokens] }, ...segments.slice(1)];
}

/**
 * Nouns of streets and squares that follow the name, in the languages that put them there: Hungarian (`Lenin körút`, `Blaha
 * Lujza tér`, `Szamuely Tibor utca`), Russian (`Leninskii prospekt`, `Tverskaia ulitsa`).
 */
const STREET_AFTER = /[ \u00a0](utca|út|útja|tér|tere|körút|köz|rakpart|fasor|sétány|ulitsa|prospekt|pereulok|shosse|ploshchad)(?![\p{L}\d])/uy;

/** `segments` of `run` as one place with the noun of a street or a square after it (`Kun Béla tér`: no person), its article apart. */
function withStreetNounAfter(text: string, run: Token[], segments: Segment[]): Segment[] {
  const last = run[run.length - 1];
  STREET_AFTER.lastIndex = last.end;
  const noun = last.possessive ? undefined : STREET_AFTER.exec(text)?.[1];
  if (noun === undefined) return segments;
  const name = run.slice(run.findIndex((t) => !inLexicon(t, ARTICLE | FUNCTION_WORD) || t === last));
  return [{ kind: 'place', tokens: [...name, smallWordsToken(last, last.end + 1, noun, last.end)] }];
}

/** The ordinal in figures right before `word` (`29th` in `the 29th Division`), a space or a line break between, as a token of the name; else null. */
function ordinalBefore(text: string, word: Token): Token | null {
  // The ordinal's last letter first (`st`, `nd`, `rd`, `th`): most words stand after none of them.
  const c = codeAt(text, word.start - 2);
  if (c !== 116 && c !== 100 && c !== 104 /* t d h */) return null;
  const from = Math.max(0, word.start - 8);
  const ordinal = NUMBERED_BEFORE.exec(text.slice(from, word.start))?.[1];
  if (ordinal === undefined) return null;
  return smallWordsToken(word, word.start - 1 - ordinal.length, ordinal);
}

/**
 * Words in small letters at `start` (`rue des`, `29th`, `communiste français`) as one token of the name of `word`, which
 * the lexicons know nothing of; the text between the token before and them begins at `gapStart`.
 */
function smallWordsToken(word: Token, start: number, words: string, gapStart = start): Token {
  return changedToken(word, { start, end: start + words.length, text: words, lower: words, name: words.replace(/\s+/g, ' '), lexicon: 0, capitalized: false,
    allCaps: false, possessive: false, gapStart, previous: '', wordBefore: '', sentenceStart: false });
}
const NUMBERED_BEFORE = /(?:^|[^\d])(\d{1,3}(?:st|nd|rd|th))\s$/;

/**
 * `the Bolshevik party`, `the Catholic church`, `the Kessite army`: after `the`, a capitalized word of no nation or known
 * place before the noun of a body in small letters names that body with it (the words' tokens; null for other words).
 */
function bodyBeforeSmallHead(text: string, word: Token): Token[] | null {
  if (word.sentenceStart || word.allCaps || word.possessive || isNationality(word.text) || inLexicon(word, PLACE)) return null;
  SMALL_HEAD_AFTER.lastIndex = word.end;
  const head = SMALL_HEAD_AFTER.exec(text)?.[1];
  if (head === undefined) return null;
  const start = word.end + 1;
  const noun = changedToken(word, { start, end: start + head.length, text: head, lower: head, name: head, lexicon: lexiconOf(head, head, head),
    capitalized: false, gapStart: word.end, joins: true, ampersand: false, previous: '', wordBefore: '' });
  return [word, noun];
}
/** The noun of a body in small letters, one (`party`, not `parties`), not possessed. */
const SMALL_HEAD_AFTER = / (party|army|church|navy)(?![\p{L}'’])/uy;

/** Whether a title in italics or quotation marks follows `name` and its comma (`, *The Russians*`, `, "Ports,"`). */
function isTitleAfter(text: string, name: Token): boolean {
  const c = codeAt(text, name.end + 2);
  return codeAt(text, name.end + 1) === 32 && (c === 42 /* * */ || c === 95 /* _ */ || c === 34 /* " */ || c === 0x201C /* “ */);
}

/** Whether the abbreviation of an editor or a translator follows `name` (`, ed.`, `, trans.`). */
function isContributor(text: string, name: Token): boolean {
  const c = codeAt(text, name.end + 2);
  if (c !== 101 /* e */ && c !== 116 /* t */) return false;
  CONTRIBUTOR_AFTER.lastIndex = name.end;
  return CONTRIBUTOR_AFTER.test(text);
}
const CONTRIBUTOR_AFTER = /, (?:eds?|trans|tr)\./y;

/** Whether `month`, one month or two joined by a hyphen (`March-April`), is followed by a year: the date of a periodical's issue. */
function isIssueDate(text: string, month: Token): boolean {
  if (!month.name.split(/[-‐]/).every((m) => MONTH_NAMES.includes(m))) return false;
  YEAR_NEXT.lastIndex = month.end;
  return YEAR_NEXT.test(text);
}
const YEAR_NEXT = / (?:1[5-9]|20)\d\d\b/y;

/**
 * The names of `text`; none in a page's running head (`THE HARBOUR STRIKE    143`), inside the titles of its
 * `citations` or inside web addresses, nor those a heading's title case makes of common words (see titles.ts).
 */
export function detectNames(text: string, structure: DocumentStructure, memo?: BlockMemo, citations: readonly Citation[] = []): { entities: Entity[]; mentions: EntityMention[] } {
  const blocks = blocksOf(text);
  const found = perBlock(memo, 'names', blocks, namesOfBlock);
  const segments: PlacedSegment[] = [];
  const emphasis: Span[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const by = blocks[b].start;
    for (const s of found[b].segments) segments.push({ kind: s.kind, tokens: s.tokens, start: s.tokens[0].start + by, end: s.tokens[s.tokens.length - 1].end + by });
    for (const span of found[b].emphasis) emphasis.push({ start: span.start + by, end: span.end + by });
  }
  const named = withCompoundSurnames(blocks.map((block, b) => ({ start: block.start, tokens: found[b].words.tokens })),
    rereadNames(text, reclassifyEmphasized(text, resolveLoneWords(found, segments, citedSurnames(citations)), emphasis)));
  const titles = [...titleSpans(text, citations), ...repeatedTitleSpans(text, citations, named), ...quotedTitleSpans(text), ...namedDocumentSpans(text), ...webAddressSpans(text), ...translatedTitleSpans(text)]
    .sort((a, b) => a.start - b.start);
  const debris = [...structure.debris].sort((a, b) => a.start - b.start);
  const headings = structure.sections.map((section) => section.heading).sort((a, b) => a.start - b.start);
  return groupMentions(text, outsideHeadings(outsideZones(outsideTitles(named, titles), debris), headings));
}

/**
 * `Aykut Kansu, The Revolution of 1908 in Turkey (Leiden: Brill, 1997)`: the surname of the author a reference opens
 * with, named with a given name or initials, for the document to read alone as a person's (`Kansu argues`), though it
 * is a place's name too; not a body's name (`Amnesty International`) nor a place's (`Paris, 1956`).
 */
function citedSurnames(citations: readonly Citation[]): Set<string> {
  const surnames = new Set<string>();
  // The surnames of authors named in full, common words too (`Ian Gentles`), and the authors that short forms and author-year
  // references open with (`Gentles`, `Browning 1985: 201`).
  const inFull = new Set<string>();
  const alone: string[] = [];
  for (const { text, fields } of citations) {
    const author = fields.authors?.[0];
    if (author === undefined) continue;
    const words = author.split(' ');
    // The author first, as written or inverted, as a reference list writes it (`Browning, Gary. 1985.`).
    if (!text.startsWith(author) && !text.startsWith(`${words[words.length - 1]},`)) continue;
    if (words.length === 1) alone.push(author);
    if (words.length < 2 || !words.every((word) => /^\p{Lu}[\p{Ll}.]/u.test(word)) || isPlace(words[0])) continue;
    inFull.add(words[words.length - 1]);
    if (words.every((word) => !isCommonWord(word))) surnames.add(words[words.length - 1]);
  }
  // A surname that is a common word names its author where a short form repeats it (`Ian Gentles, …` then `Gentles, *New Model Army*, 315`).
  for (const author of alone) if (inFull.has(author)) surnames.add(author);
  return surnames;
}
