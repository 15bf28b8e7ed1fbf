import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiFailure, toApiFailure, type ErrorMessage } from '../lib/api-errors.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Turns any error of a backend call into the text to show, in the current language. */
export function useErrorText(): {
  errorText: (error: unknown) => string;
  messageText: (message: ErrorMessage) => string;
} {
  const { t, i18n } = useTranslation();
  // Keys built at run time (error codes) cannot be checked against the typed resources.
  const translate = t as unknown as Translate;
  const messageText = useCallback(
    (message: ErrorMessage) => ('text' in message ? message.text : translate(message.key, message.values)),
    [translate],
  );
  const errorText = useCallback(
    (error: unknown) => messageText(describeApiFailure(toApiFailure(error), (key) => i18n.exists(key))),
    [i18n, messageText],
  );
  return { errorText, messageText };
}
