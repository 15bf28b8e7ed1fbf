/**
 * The tags feature's public surface: the tags page, and for other features (the tickets' tag editing and
 * filter) the company's tags kept live, setting a ticket's tags, and the chip a tag is shown as.
 */
export { TagsPage } from './components/tags-page.tsx';
export { TagChip, type TagChipProps } from './components/tag-chip.tsx';
export { tagSchema, useSyncTicketTags, useTagEvents, useTags, type Tag } from './api/tags.ts';
