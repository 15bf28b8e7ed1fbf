/**
 * The quick-messages feature's public surface: the quick answers page (list, search, create, edit, delete,
 * attachment), and for the conversation's composer the picker that opens on `/` and the variable filling.
 */
export { QuickMessagesPage } from './components/quick-messages-page.tsx';
export {
  QuickAnswerMenu,
  QuickAnswerPicker,
  type QuickAnswerMenuProps,
  type QuickAnswerPickerProps,
} from './components/quick-answer-picker.tsx';
export {
  fillVariables,
  greeting,
  MESSAGE_VARIABLES,
  variableValues,
  type MessageVariable,
  type VariableContext,
} from './model/fill-variables.ts';
export type { QuickMessage } from './api/quick-messages.ts';
