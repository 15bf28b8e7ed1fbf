import { describe, expect, it } from 'vitest';
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { fillVariables, greeting, variableValues } from '../../../src/features/quick-messages/model/fill-variables.ts';
import {
  foldText,
  matchQuickAnswers,
  quickAnswerQuery,
} from '../../../src/features/quick-messages/model/match-quick-answers.ts';
import {
  serverFieldError,
  validateQuickMessageForm,
} from '../../../src/features/quick-messages/model/quick-message-form.ts';

/** 14 March 2025, at the given local time. */
const at = (h: number, m = 5, s = 9) => new Date(2025, 2, 14, h, m, s);

describe('fillVariables: as the backend’s Mustache helper', () => {
  it('fills the contact’s name and first name', () => {
    const context = { contactName: 'Maria da Silva', now: at(10) };
    expect(fillVariables('Olá, {{name}}! Tudo bem, {{firstName}}?', context)).toBe(
      'Olá, Maria da Silva! Tudo bem, Maria?',
    );
    expect(fillVariables('Oi {{name}}{{firstName}}.', { now: at(10) })).toBe('Oi .');
  });

  it('greets by the time of day, with the backend’s words and hours, in {{ms}} and {{gretting}} (sic)', () => {
    const cases: [number, string][] = [
      [0, 'Boa madrugada'],
      [5, 'Boa madrugada'],
      [6, 'Bom dia'],
      [11, 'Bom dia'],
      [12, 'Boa tarde'],
      [17, 'Boa tarde'],
      [18, 'Boa noite'],
      [23, 'Boa noite'],
    ];
    for (const [hour, words] of cases) {
      expect(greeting(hour)).toBe(words);
      expect(fillVariables('{{ms}}|{{gretting}}', { now: at(hour) })).toBe(`${words}|${words}`);
    }
  });

  it('writes {{protocol}} and {{hora}} as the backend does (the hour unpadded)', () => {
    expect(variableValues({ now: at(9, 5, 7) })).toMatchObject({ protocol: '2025031490507', hora: '9:05:07' });
    expect(fillVariables('Protocolo {{protocol}} às {{hora}}', { now: at(14, 30, 0) })).toBe(
      'Protocolo 20250314143000 às 14:30:00',
    );
  });

  it('reads tags as Mustache does: spaces, triple braces, &, comments, unknown names', () => {
    const context = { contactName: 'João & Cia <ltda>', now: at(10) };
    expect(fillVariables('{{ name }}/{{{name}}}/{{& name}}', context)).toBe(
      'João & Cia <ltda>/João & Cia <ltda>/João & Cia <ltda>',
    );
    expect(fillVariables('a{{! a note }}b{{unknown}}c{{constructor}}d', context)).toBe('abcd');
    // Sections are the backend's to render when the message is sent.
    expect(fillVariables('{{#name}}Oi{{/name}} {{^x}}-{{/x}}', context)).toBe('{{#name}}Oi{{/name}} {{^x}}-{{/x}}');
    expect(fillVariables('sem variáveis { } {{', context)).toBe('sem variáveis { } {{');
  });

  it('never fills twice: a name that looks like a tag stays as typed', () => {
    expect(fillVariables('{{name}}', { contactName: '{{protocol}}', now: at(10) })).toBe('{{protocol}}');
  });
});

describe('the composer’s matching', () => {
  it('opens on a leading slash only', () => {
    expect(quickAnswerQuery('/')).toBe('');
    expect(quickAnswerQuery('/Ola ')).toBe('Ola');
    expect(quickAnswerQuery('ola /x')).toBeUndefined();
    expect(quickAnswerQuery('')).toBeUndefined();
  });

  const answers = [
    { id: 1, shortcode: 'prazo', message: 'O prazo é de 3 dias' },
    { id: 2, shortcode: 'ola', message: 'Olá, tudo bem?' },
    { id: 3, shortcode: 'promoção', message: 'Confira' },
    { id: 4, shortcode: 'boleto', message: 'Segue o boleto do seu pedido' },
    { id: 5, shortcode: 'reprazo', message: 'Novo prazo' },
  ];

  it('ranks shortcodes that start with the query, then contain it, then messages; accents and case do not count', () => {
    expect(matchQuickAnswers(answers, '').map((a) => a.id)).toEqual([4, 2, 1, 3, 5]);
    expect(matchQuickAnswers(answers, 'PRA').map((a) => a.id)).toEqual([1, 5]);
    expect(matchQuickAnswers(answers, 'prazo').map((a) => a.id)).toEqual([1, 5]);
    expect(matchQuickAnswers(answers, 'promocao').map((a) => a.id)).toEqual([3]);
    expect(matchQuickAnswers(answers, 'pedido').map((a) => a.id)).toEqual([4]);
    expect(matchQuickAnswers(answers, 'nada')).toEqual([]);
    expect(foldText('Ação É')).toBe('acao e');
  });
});

function backendError(status: number, error: string): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig;
  return new AxiosError(
    'failed',
    AxiosError.ERR_BAD_REQUEST,
    config,
    {},
    {
      status,
      statusText: String(status),
      data: { error },
      headers: {},
      config,
    },
  );
}

describe('the quick answer form', () => {
  it('checks as the backend: both required; at least 3 characters on creation only', () => {
    expect(validateQuickMessageForm({ shortcode: ' ', message: '' }, true)).toEqual({
      shortcode: { key: 'shortcodeRequired' },
      message: { key: 'messageRequired' },
    });
    expect(validateQuickMessageForm({ shortcode: 'ab', message: 'ok' }, true)).toEqual({
      shortcode: { key: 'shortcodeTooShort', values: { min: 3 } },
      message: { key: 'messageTooShort', values: { min: 3 } },
    });
    expect(validateQuickMessageForm({ shortcode: 'ab', message: 'ok' }, false)).toEqual({});
  });

  it('puts the backend’s Yup refusals on their field; the ambiguous code on none', () => {
    expect(serverFieldError(backendError(400, 'shortcode is a required field'))).toEqual({
      field: 'shortcode',
      message: { key: 'shortcodeRequired' },
    });
    expect(serverFieldError(backendError(400, 'message is a required field'))?.field).toBe('message');
    expect(serverFieldError(backendError(400, 'ERR_QUICKMESSAGE_INVALID_NAME'))).toBeUndefined();
  });
});
