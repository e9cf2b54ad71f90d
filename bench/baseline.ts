// What a reader would otherwise use: compromise for people, places and organizations, chrono-node for
// dates. Output is kept cheap (compromise's text arrays, not its JSON with offsets), in the baseline's favour.
import nlp from 'compromise';
import * as chrono from 'chrono-node';

export interface BaselineResult {
  path: string;
  people: string[];
  places: string[];
  organizations: string[];
  dates: { text: string; index: number; value: string }[];
}

export function analyzeWithLibraries(path: string, text: string): BaselineResult {
  const doc = nlp(text);
  return {
    path,
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    dates: chrono.parse(text).map((d) => ({ text: d.text, index: d.index, value: d.start.date().toISOString() })),
  };
}
