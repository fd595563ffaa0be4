import { describe, expect, it } from 'vitest';
import { isApiPath, requestPath } from './requestPath.ts';

describe('requestPath', () => {
  it('decodes once and hands the router a re-encoding of the same path', () => {
    expect(requestPath('/%61pi/stats?x=%61')).toStrictEqual({ path: '/api/stats', url: '/api/stats?x=%61' });
    expect(requestPath('/api/entities/a%3Ab%20c')).toStrictEqual({
      path: '/api/entities/a:b c',
      url: '/api/entities/a%3Ab%20c',
    });
    expect(requestPath('/api/stats/')).toStrictEqual({ path: '/api/stats/', url: '/api/stats/' });
    expect(requestPath('/')).toStrictEqual({ path: '/', url: '/' });
  });

  it('refuses what two readers of a path could route differently', () => {
    const problems = [
      '/%2Fapi/stats',
      '/%2fapi/stats',
      '/api%5Cstats',
      '/api\\stats',
      '/%2561pi/stats',
      '//api/stats',
      '/api//stats',
      '/api/./stats',
      '/x/../api/stats',
      '/x/%2e%2e/api/stats',
      '/api/%E0%A4%A',
      '/api/%00',
      'api/stats',
      '*',
    ].map((raw) => [raw, 'problem' in requestPath(raw)]);
    expect(problems.filter(([, refused]) => !refused)).toStrictEqual([]);
  });
});

describe('isApiPath', () => {
  it('is the API whatever the letter case', () => {
    expect(['/api', '/api/stats', '/API/stats', '/Api', '/apix', '/', '/assets/api'].map(isApiPath)).toStrictEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
