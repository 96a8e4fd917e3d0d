import { describe, expect, it } from '@jest/globals';
import { registerHandoverRoutes } from '@igu/handover';
import { registerMatchingRoutes } from '@igu/matching';
import { registerNotificationRoutes } from '@igu/notifications';
import { OutboxRoutes } from '@igu/queue';
import { globSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OUTBOX_TOPICS, registerOutboxContract } from './outbox-contract.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every topic constant of every feature's events file, found on disk (a new events file is found too). */
async function topicsOnDisk(): Promise<string[]> {
  const topics: string[] = [];
  for (const file of globSync('libs/*/src/events/*.events.ts', { cwd: root })) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(root, file)).href);
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object') topics.push(...Object.values(value).filter((topic) => typeof topic === 'string'));
    }
  }
  return topics.sort();
}

function workerRoutes(): OutboxRoutes {
  const routes = new OutboxRoutes();
  registerMatchingRoutes(routes);
  registerNotificationRoutes(routes);
  registerHandoverRoutes(routes);
  registerOutboxContract(routes);
  return routes;
}

describe('the outbox contract', () => {
  it('knows every topic a feature declares', async () => {
    expect([...OUTBOX_TOPICS].sort()).toEqual(await topicsOnDisk());
  });

  it('gives every topic a consumer or a reason why there is none yet', () => {
    expect(workerRoutes().describe()).toEqual({
      'candidate.changed': 'matching/candidate-changed',
      'candidate.created': 'matching/candidate-changed',
      'candidate.imported': 'matching/candidates-imported',
      'handover.import-finished': 'notifications/notification-event:handover.import-finished',
      'handover.import-requested': 'imports/handover-import',
      'position.changed': 'matching/position-changed',
      'position.closed': 'matching/position-changed',
      'position.filled': 'matching/position-changed',
      'position.published': 'matching/position-changed',
      'matching.new-matches': 'notifications/notification-event:matching.new-matches',
      'programme.status-changed': 'notifications/notification-event:programme.status-changed',
      'proposal.created': 'notifications/notification-event:proposal.created',
      'proposal.status-changed': 'notifications/notification-event:proposal.status-changed',
    });
    expect(workerRoutes().missing()).toEqual([]);
  });

  it('relays every topic: each has a consumer', () => {
    expect(workerRoutes().routedTopics().sort()).toEqual([...OUTBOX_TOPICS].sort());
  });

  it('names an expected topic without a destination', () => {
    const routes = new OutboxRoutes();
    routes.expect(['candidate.created']);
    expect(routes.missing()).toEqual(['candidate.created']);
  });
});
