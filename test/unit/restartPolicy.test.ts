import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restartPolicy';

test('a crash restarts the server and says so once', () => {
  const policy = new RestartPolicy(5, 1000);
  assert.deepEqual(policy.onCrash(0), { restart: true, message: 'Close Reading: the language server stopped unexpectedly and was restarted.' });
  assert.deepEqual(policy.onCrash(2000), { restart: true });
  assert.deepEqual(policy.onCrash(4000), { restart: true });
});

test('a server that keeps crashing is given up on, with a reason', () => {
  const policy = new RestartPolicy(3, 1000);
  policy.onCrash(0);
  policy.onCrash(10);
  const third = policy.onCrash(20);
  assert.equal(third.restart, false);
  assert.match(third.message!, /stopped 3 times/);
});
