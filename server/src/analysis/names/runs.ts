// Runs of capitalized words: the raw material of names. `Communist Party of the Soviet Union`,
// `V. I. Lenin`, `Left\nOpposition` (a line break inside) are each one run; a comma, a possessive
// or a blank line ends a run.
import type { Token } from './tokens';
import { CONNECTORS, isCommonToken } from './lexicon';

/**
 * Whitespace with at most one line break joins two words of one name, as do an ampersand (`Allison & Busby`)
 * and the apostrophe of a plural possessive (`Workers' Party`): see `Token.joins`.
 */
const joins = (token: Token): boolean => token.joins;
const isProper = (token: Token): boolean => token.capitalized;

/** The runs of capitalized words of a token list, each as its tokens (connectors included). */
export function findRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isProper(tokens[i])) { i++; continue; }
    const run = [tokens[i]];
    let j = i + 1;
    // A possessive ends a name (`Trotsky's Fourth International`), unless it is a common word (`People's Commissars`).
    while (j < tokens.length && (!tokens[j - 1].possessive || isCommonToken(tokens[j - 1])) && joins(tokens[j])) {
      if (isProper(tokens[j])) { run.push(tokens[j++]); continue; }
      // Up to two connectors, only when a capitalized word follows them.
      let k = j;
      while (k < tokens.length && k - j < 2 && CONNECTORS.has(tokens[k].text) && joins(tokens[k]) && !tokens[k].possessive) k++;
      if (k === j || k >= tokens.length || !isProper(tokens[k]) || !joins(tokens[k])) break;
      run.push(...tokens.slice(j, k));
      j = k;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}
