import 'i18next';
import type ptBR from '../locales/pt-BR.json';
import type contactsPtBR from '../features/contacts/locales/pt-BR.json';
import type connectionsPtBR from '../features/connections/locales/pt-BR.json';
import type planPtBR from '../features/plan/locales/pt-BR.json';
import type ticketsPtBR from '../features/tickets/locales/pt-BR.json';
import type usersPtBR from '../features/users/locales/pt-BR.json';
import type settingsPtBR from '../features/settings/locales/pt-BR.json';
import type queuesPtBR from '../features/queues/locales/pt-BR.json';

// Translation keys are checked at compile time against the default (pt-BR) texts.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof ptBR;
      contacts: typeof contactsPtBR;
      connections: typeof connectionsPtBR;
      plan: typeof planPtBR;
      tickets: typeof ticketsPtBR;
      users: typeof usersPtBR;
      settings: typeof settingsPtBR;
      queues: typeof queuesPtBR;
    };
  }
}
