import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeLocation } from '../../src/store/location.js';

describe('where the audit store lives', () => {
  it('VET_STORE, else XDG_DATA_HOME/vet/audits.db, else ~/.local/share/vet/audits.db', () => {
    expect(storeLocation({ VET_STORE: 'team/audits.db', HOME: '/home/a' }, '/work')).toEqual({ url: 'file:/work/team/audits.db', display: '/work/team/audits.db', file: '/work/team/audits.db' });
    expect(storeLocation({ XDG_DATA_HOME: '/data', HOME: '/home/a' }, '/work')!.file).toBe(join('/data', 'vet', 'audits.db'));
    // A relative XDG_DATA_HOME is invalid by the spec and ignored.
    expect(storeLocation({ XDG_DATA_HOME: 'data', HOME: '/home/a' }, '/work')!.file).toBe('/home/a/.local/share/vet/audits.db');
    expect(storeLocation({ HOME: '/home/a' }, '/work')!.file).toBe('/home/a/.local/share/vet/audits.db');
  });

  it('VET_STORE=off turns it off; a server URL is shown without its credentials', () => {
    expect(storeLocation({ VET_STORE: 'off', HOME: '/home/a' }, '/work')).toBeUndefined();
    expect(storeLocation({ VET_STORE: 'libsql://user:secret@audits.example.com?authToken=t' }, '/work')).toEqual({
      url: 'libsql://user:secret@audits.example.com?authToken=t',
      display: 'libsql://audits.example.com',
    });
  });
});
