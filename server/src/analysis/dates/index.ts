// The date layer of the analysis core: detection, and what reader-facing features ask of a date.
export { detectDates, noteAnchors, type NoteAnchor } from './detect';
export { compactValue, dateInterval, parseValue, spellValue, valuesOverlap, type CalendarPoint } from './values';
export { datesOverlap, describeDate, inlayHint, isLiteral, periodName } from './describe';
