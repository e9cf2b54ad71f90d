// Quiet diagnostics about notes: a marker without a note, a note without a marker, an Ibid. with
// nothing to repeat, markers out of sequence — and one summary for an essay published without notes.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { noteProblems, type NoteProblem } from '../analysis/notes';
import type { AnalyzedDocument } from '../analysisCache';
import { toRange } from '../convert';

export type DiagnosticsLevel = 'information' | 'hint' | 'off';

function message(problem: NoteProblem, doc: AnalyzedDocument): string {
  const { markers, citations } = doc.analysis;
  switch (problem.kind) {
    case 'marker-without-note': return `Note ${markers[problem.marker!].label} has no note in the text.`;
    case 'note-without-marker': return 'No marker in the text points to this note.';
    case 'unresolved-back-reference': return `“${citations[problem.citation!].text.trim()}” has no earlier reference to repeat.`;
    case 'marker-out-of-sequence': return `Note ${markers[problem.marker!].label} comes where note ${problem.expected} was expected.`;
    case 'notes-missing': return `${problem.count} note markers have no notes in the text: it was probably published without them.`;
  }
}

export function provideDiagnostics(doc: AnalyzedDocument, level: DiagnosticsLevel): Diagnostic[] {
  if (level === 'off') return [];
  const severity = level === 'hint' ? DiagnosticSeverity.Hint : DiagnosticSeverity.Information;
  return noteProblems(doc.analysis).map((problem) => ({
    range: toRange(doc.document, problem),
    severity,
    source: 'Close Reading',
    code: problem.kind,
    message: message(problem, doc),
  }));
}
