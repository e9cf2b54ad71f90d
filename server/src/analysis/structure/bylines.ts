// Bylines. A line of authors' names above an essay's title stands on its own like a heading, but it is
// no section of the essay: once the names are known, a heading made only of people's names, with no
// paragraph under it before the next heading, leaves the outline.
import type { EntityMention, Paragraph, Section } from '../types';
import { buildSections } from './sections';

/** What may stand between the names of a byline: `,`, `&`, `and`, `by`, white space. */
const BETWEEN_NAMES = /^(?:[\s,&]|\band\b|\bby\b)*$/iu;

/** Whether the heading of `section` is only people's names; `people[from]` is the first that ends after its start. */
function isByline(text: string, section: Section, people: EntityMention[], from: number): boolean {
  const { start, end } = section.heading;
  let at = start;
  let names = 0;
  for (let i = from; i < people.length && people[i].start < end; i++) {
    const mention = people[i];
    if (mention.end > end || !BETWEEN_NAMES.test(text.slice(at, mention.start))) return false;
    names++;
    at = mention.end;
  }
  return names > 0 && BETWEEN_NAMES.test(text.slice(at, end));
}

/** `sections` without bylines (`paragraphs` and `mentions` in text order), the others' extents made whole again. */
export function withoutBylines(text: string, sections: Section[], paragraphs: Paragraph[], mentions: EntityMention[]): Section[] {
  const people = mentions.filter((m) => m.kind === 'person');
  if (!people.length) return sections;
  let paragraph = 0; // the first paragraph that starts after the section's heading
  let person = 0; // the first person mention that ends after the section's heading starts
  const kept = sections.filter((section, i) => {
    const next = sections[i + 1]?.heading.start ?? text.length;
    while (paragraph < paragraphs.length && paragraphs[paragraph].start < section.heading.end) paragraph++;
    while (person < people.length && people[person].end <= section.heading.start) person++;
    const hasParagraph = paragraph < paragraphs.length && paragraphs[paragraph].start < next;
    return hasParagraph || !isByline(text, section, people, person);
  });
  if (kept.length === sections.length) return sections;
  return buildSections(kept.map((s) => ({ ...s.heading, title: s.title, style: s.level })), text.length);
}
