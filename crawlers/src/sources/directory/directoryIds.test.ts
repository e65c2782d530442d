import { describe, expect, it } from 'vitest';
import { isDirectoryId, isEmailAddress, teamIdOf } from './directoryIds.ts';

describe('isDirectoryId', () => {
  it('takes lower-case usernames and e-mails, nothing a URN reserves', () => {
    expect(['ana', 'ana.lima', 'a_b-c', 'ana@shop.example', '007'].map(isDirectoryId)).toEqual([true, true, true, true, true]);
    expect(['Ana', 'ana lima', '.ana', 'a,b', 'a(b)', ''].map(isDirectoryId)).toEqual([false, false, false, false, false, false]);
  });
});

describe('isEmailAddress', () => {
  it('wants a local part and a domain, without spaces', () => {
    expect(['ana@shop.example', 'Ana.Lima+x@Shop.example'].map(isEmailAddress)).toEqual([true, true]);
    expect(['ana', 'ana@', '@shop.example', 'ana lima@shop.example', 'a@b@c'].map(isEmailAddress)).toEqual([false, false, false, false, false]);
  });
});

describe('teamIdOf', () => {
  it('slugs a team name, accents dropped', () => {
    expect(teamIdOf('ERP Team')).toBe('erp-team');
    expect(teamIdOf('  Équipe Données & Co. ')).toBe('equipe-donnees-co');
    expect(teamIdOf('!!!')).toBe('');
  });
});
