import { describe, expect, it } from 'vitest';
import { NO_OUTLET, outletLabel, outletOf, publicSource, registrableDomain } from './outlet.ts';

describe('registrableDomain', () => {
  it('groups subdomains under the last two labels', () => {
    expect(registrableDomain('milano.corriere.it')).toBe('corriere.it');
    expect(registrableDomain('roma.corriere.it')).toBe('corriere.it');
    expect(registrableDomain('WWW.Corriere.IT.')).toBe('corriere.it');
    expect(registrableDomain('corriere.it')).toBe('corriere.it');
    expect(registrableDomain('localhost')).toBe('localhost');
  });

  it('keeps three labels under a listed two-level public suffix', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.smh.com.au')).toBe('smh.com.au');
    expect(registrableDomain('co.uk')).toBe('co.uk');
  });

  it('leaves an IP address whole', () => {
    expect(registrableDomain('192.168.1.20')).toBe('192.168.1.20');
    expect(registrableDomain('[::1]')).toBe('[::1]');
  });
});

describe('outletOf', () => {
  it('is the registrable domain of the URL, else of a URL source, else the declared name, else NO_OUTLET', () => {
    expect(outletOf({ url: 'https://www.example.it/dettnews/82_44787/', source: '/seeds/003.txt' })).toBe('example.it');
    expect(outletOf({ url: 'https://it.example.com/2021/x.html', source: 'x.txt' })).toBe('example.com');
    expect(outletOf({ url: null, source: 'HTTP://WWW.Example.org/a' })).toBe('example.org');
    expect(outletOf({ url: null, source: 'a.json[3]', sourceName: '  Gazzetta di Prova ' })).toBe('Gazzetta di Prova');
    // the URL wins over the declared name: one outlet for every article of a site
    expect(outletOf({ url: 'https://milano.example.it/a', source: 'a.json[0]', sourceName: 'Gazzetta' })).toBe(
      'example.it',
    );
    expect(outletOf({ url: null, source: '/home/user/corpus/000.txt' })).toBe(NO_OUTLET);
    expect(outletOf({ url: 'not a url', source: 'ftp://example.org/a', sourceName: ' ' })).toBe(NO_OUTLET);
  });
});

describe('outletLabel', () => {
  it('is the declared name, else the outlet, else null', () => {
    expect(outletLabel({ url: 'https://milano.example.it/a', source: 'a.json', sourceName: 'Gazzetta' })).toBe(
      'Gazzetta',
    );
    expect(outletLabel({ url: 'https://milano.example.it/a', source: 'a.json', sourceName: null })).toBe('example.it');
    expect(outletLabel({ url: null, source: '/home/user/a.txt' })).toBe(null);
  });
});

describe('publicSource', () => {
  it("keeps a URL, and reduces a path to the file's name with its position in the file", () => {
    expect(publicSource('https://example.org/a/b.html')).toBe('https://example.org/a/b.html');
    expect(publicSource('/home/user/corpus/000.txt')).toBe('000.txt');
    expect(publicSource('C:\\Users\\ana\\notizie\\uno.md')).toBe('uno.md');
    expect(publicSource('../corpus/articles.json[12]')).toBe('articles.json[12]');
    expect(publicSource('feed.jsonl:7')).toBe('feed.jsonl:7');
  });
});
