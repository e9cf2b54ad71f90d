// One row of the benchmark table: what was measured, the result, the target and whether it was met.
export interface Row {
  area: string;
  measure: string;
  result: string;
  target?: string;
  met?: boolean;
}

export function table(rows: Row[]): string {
  const lines = ['| area | measure | result | target | met |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(`| ${r.area} | ${r.measure} | ${r.result} | ${r.target ?? ''} | ${met} |`);
  }
  return lines.join('\n');
}
