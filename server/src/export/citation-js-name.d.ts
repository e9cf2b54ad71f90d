// @citation-js/name ships no types: the part we use.
declare module '@citation-js/name' {
  import type { CSLName } from '@citation-js/core';
  export function parse(name: string): CSLName;
}
