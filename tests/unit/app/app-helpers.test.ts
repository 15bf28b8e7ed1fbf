import { describe, expect, it } from 'vitest';
import { matchSupportedLanguage } from '../../../src/lib/languages.ts';
import { loginPathFor, redirectTargetOf } from '../../../src/lib/auth/redirect.ts';
import { validateLogin } from '../../../src/features/login/model/validate-login.ts';
import { storageKey } from '../../../src/lib/storage.ts';
import { initialsOf } from '../../../src/app/layout/initials.ts';

describe('languages', () => {
  it('matches browser tags to the supported languages', () => {
    expect(matchSupportedLanguage('pt-BR')).toBe('pt-BR');
    expect(matchSupportedLanguage('pt-br')).toBe('pt-BR');
    expect(matchSupportedLanguage('pt')).toBe('pt-BR');
    expect(matchSupportedLanguage('pt-PT')).toBe('pt-BR');
    expect(matchSupportedLanguage('en-US')).toBe('en');
    expect(matchSupportedLanguage('en_GB')).toBe('en');
    expect(matchSupportedLanguage('es-419')).toBe('es');
    expect(matchSupportedLanguage('fr-FR')).toBeUndefined();
    expect(matchSupportedLanguage('')).toBeUndefined();
    expect(matchSupportedLanguage(null)).toBeUndefined();
  });
});

describe('storage keys', () => {
  it('are namespaced by brand', () => {
    expect(storageKey('cliente1', 'token')).toBe('vitrine:cliente1:token');
    expect(storageKey('cliente2', 'token')).not.toBe(storageKey('cliente1', 'token'));
    expect(storageKey('cliente1', 'color-mode')).toBe('vitrine:cliente1:color-mode');
    expect(storageKey('cliente1', 'language')).toBe('vitrine:cliente1:language');
  });
});

describe('login redirects', () => {
  it('remembers where a signed-out visit was going', () => {
    expect(loginPathFor({ pathname: '/tickets/12', search: '?tab=2', hash: '#m5' })).toBe(
      '/login?redirectTo=%2Ftickets%2F12%3Ftab%3D2%23m5',
    );
    expect(loginPathFor({ pathname: '/' })).toBe('/login');
    expect(loginPathFor(null)).toBe('/login');
  });

  it('round-trips through the query', () => {
    const path = loginPathFor({ pathname: '/contacts', search: '?q=ana' });
    expect(redirectTargetOf(path.slice(path.indexOf('?')))).toBe('/contacts?q=ana');
  });

  it('only returns to paths of this app', () => {
    expect(redirectTargetOf('')).toBe('/');
    expect(redirectTargetOf('?redirectTo=https://evil.example.com')).toBe('/');
    expect(redirectTargetOf('?redirectTo=//evil.example.com')).toBe('/');
    expect(redirectTargetOf('?redirectTo=/%5Cevil.example.com')).toBe('/');
    expect(redirectTargetOf('?redirectTo=/login')).toBe('/');
    expect(redirectTargetOf('?redirectTo=/login?redirectTo=/x')).toBe('/');
    expect(redirectTargetOf('?redirectTo=/logins')).toBe('/logins');
  });
});

describe('validateLogin', () => {
  it('requires both fields and a plausible email', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: 'auth.emailRequired',
      password: 'auth.passwordRequired',
    });
    expect(validateLogin({ email: '   ', password: 'x' })).toEqual({ email: 'auth.emailRequired' });
    expect(validateLogin({ email: 'admin', password: 'x' })).toEqual({ email: 'auth.emailInvalid' });
    expect(validateLogin({ email: 'a b@c.com', password: 'x' })).toEqual({ email: 'auth.emailInvalid' });
    expect(validateLogin({ email: 'admin@admin.com', password: '123456' })).toEqual({});
    expect(validateLogin({ email: ' admin@admin.com ', password: ' ' })).toEqual({});
    expect(validateLogin({ email: 'admin@localhost', password: 'x' })).toEqual({});
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initialsOf('Admin')).toBe('A');
    expect(initialsOf('maria da silva')).toBe('MS');
    expect(initialsOf('  ')).toBe('');
  });
});
