import { TagsPage } from '../../../features/tags/index.ts';

export function Component() {
  return <TagsPage />;
}
