import 'i18next';
import type ptBR from '../locales/pt-BR.json';
import type planPtBR from '../features/plan/locales/pt-BR.json';

// Translation keys are checked at compile time against the default (pt-BR) texts.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof ptBR;
      plan: typeof planPtBR;
    };
  }
}
