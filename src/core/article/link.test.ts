import { describe, expect, it } from 'vitest';
import { articleLink } from './link.ts';

describe('articleLink', () => {
  it('links an http(s) URL by its host', () => {
    expect(articleLink('https://www.example.com/news/1?x=1')).toStrictEqual({
      href: 'https://www.example.com/news/1?x=1',
      host: 'www.example.com',
    });
  });

  it('leaves as text what does not parse or is not a web page', () => {
    expect(
      ['www.example.com/news/1', 'example.com', '', 'javascript:alert(1)', 'file:///etc/passwd', 'http://'].map(
        articleLink,
      ),
    ).toStrictEqual([null, null, null, null, null, null]);
  });
});
