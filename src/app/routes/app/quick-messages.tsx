import { QuickMessagesPage } from '../../../features/quick-messages/index.ts';

export function Component() {
  return <QuickMessagesPage />;
}
