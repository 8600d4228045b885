/** Web push: the backend takes a browser subscription (and lets it go again). */
import type { ContractSuite } from './harness.js';
import { pushSubscription } from './samples.js';

export function pushTests(suite: ContractSuite): void {
  suite.describe('push (subscribePush, unsubscribePush)', () => {
    suite.test(
      'accepts a PushSubscriptionJSON, also the same one twice',
      ['subscribePush'],
      async ({ adapter }) => {
        await adapter.subscribePush!(pushSubscription());
        await adapter.subscribePush!(pushSubscription());
        await adapter.subscribePush!(pushSubscription('https://push.example/other-device'));
      },
    );

    suite.test(
      'lets a subscription go, also one it does not know',
      ['subscribePush', 'unsubscribePush'],
      async ({ adapter }) => {
        await adapter.subscribePush!(pushSubscription());
        await adapter.unsubscribePush!(pushSubscription());
        await adapter.unsubscribePush!(pushSubscription('https://push.example/never-subscribed'));
      },
    );
  });
}
