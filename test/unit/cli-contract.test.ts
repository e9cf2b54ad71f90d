import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { contractPieces, joinContract, toContract } from '../../server/src/cli/contract';

describe('the contract made before the corpus ids are known', () => {
  test('joined with the ids, it is the JSON of the contract, whatever quotes and control characters the text holds', () => {
    const text = 'Marta Holt met Oskar Varga in Lisbon in 1931.\u0000 She wrote "id":"\u0000" twice (Holt 1977, 45).\n\nLater Holt left.';
    const analysis = analyzeDocument(text, 'plaintext');
    assert.ok(analysis.mentions.length >= 3);
    const id = (entity: number) => `person:${entity}"\u0000`;
    assert.equal(joinContract(contractPieces('essay.txt', analysis), id), JSON.stringify(toContract('essay.txt', analysis, id)));
  });
});
