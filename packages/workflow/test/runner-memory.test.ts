import { createStore } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createTimerScheduler, createWorkflowRunner } from '../src/runner/index.js';
import type { WorkflowDefinition } from '../src/index.js';
import { blueBadge, registry } from './fixtures.js';
import { manualClock, runnerFor, runRunnerSuite } from './runner-suite.js';

runRunnerSuite('memory', (clock) => createStore({ adapter: 'memory', clock }));

describe('runner options', () => {
  it('checks its options and inputs, with paths', async () => {
    const store = await createStore({ adapter: 'memory' });
    expect(() => createWorkflowRunner({ store, definitions: [] })).toThrow(
      expect.objectContaining({ code: expect.stringMatching(/^workflow\.runner\./), path: ['options', 'definitions'] }),
    );
    expect(() => createWorkflowRunner({ store, definitions: [blueBadge, blueBadge], registry })).toThrow(
      expect.objectContaining({ code: 'workflow.duplicate_definition', path: ['options', 'definitions', 1, 'id'] }),
    );
    expect(() => createWorkflowRunner({ store, definitions: [{ id: 'x' } as unknown as WorkflowDefinition] })).toThrow(
      expect.objectContaining({ name: 'ValidationError' }),
    );
    expect(() => createTimerScheduler({ runner: runnerFor(store, () => new Date()), pollIntervalMs: 0 })).toThrow(
      expect.objectContaining({ path: ['options', 'pollIntervalMs'] }),
    );
    const runner = runnerFor(store, manualClock('2026-12-18T10:00:00Z').now);
    await expect(runner.start('no spaces', 'blue-badge-application')).rejects.toMatchObject({ code: 'workflow.invalid_process_id' });
    await expect(runner.start('bb-1', 'unknown-workflow')).rejects.toMatchObject({ code: 'workflow.unknown_definition' });
    await expect(runner.send('missing', 'startReview')).rejects.toMatchObject({ code: 'workflow.process_not_found' });
    await runner.start('bb-1', 'blue-badge-application');
    await expect(runner.send('bb-1', 'startReview', { expectedSeq: -1 })).rejects.toMatchObject({
      code: 'workflow.invalid_expected_seq',
    });
    await expect(runner.send('bb-1', 'startReview', { actor: '' })).rejects.toMatchObject({ code: 'workflow.invalid_actor' });
    // A context the definition's validator rejects starts nothing.
    await expect(runner.start('bb-2', 'blue-badge-application', { evidenceRequests: -1 })).rejects.toMatchObject({
      name: 'ValidationError',
    });
    await expect(runner.get('bb-2')).rejects.toMatchObject({ code: 'workflow.process_not_found' });
  });
});
