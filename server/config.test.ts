import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_BODY_LIMIT,
  isLoopbackHost,
  loadCliConfig,
  loadServerConfig,
  REPO_ROOT,
} from './config.ts';

const TOKEN = 'abcdefghijklmnopqrstuvwx';

describe('loadServerConfig', () => {
  it('defaults to loopback, port 8321, the embedded store under ./data', () => {
    const config = loadServerConfig({}, {});
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8321);
    expect(config.token).toBe(undefined);
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.dbPath).toBe(path.resolve('data', 'newsgraph.grafeo'));
    expect(config.neo4j).toBe(undefined);
    expect(config.rowCap).toBe(1000);
    expect(config.queryTimeoutMs).toBe(15_000);
    expect(config.cypherConcurrency).toBe(2);
    expect(config.bodyLimit).toBe(DEFAULT_BODY_LIMIT);
    expect(config.staticDir).toBe(path.join(REPO_ROOT, 'dist'));
  });

  it('reads the environment, and explicit options win over it', () => {
    const env = {
      NEWSGRAPH_PORT: '9000',
      NEWSGRAPH_DATA: '/tmp/ng-data',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEWSGRAPH_ROW_CAP: '50',
      NEWSGRAPH_QUERY_TIMEOUT_MS: '2000',
    };
    const config = loadServerConfig({ port: 0 }, env);
    expect(config.port).toBe(0);
    expect(config.dbPath).toBe('/tmp/ng-data/newsgraph.grafeo');
    expect(config.neo4j).toStrictEqual({
      uri: 'bolt://db:7687',
      user: 'neo4j',
      password: 'secret',
      database: undefined,
    });
    expect(config.rowCap).toBe(50);
    expect(config.queryTimeoutMs).toBe(2000);
  });

  it('refuses to listen beyond loopback without a token', () => {
    expect(() => loadServerConfig({ host: '0.0.0.0' }, {})).toThrow(ConfigError);
    expect(() => loadServerConfig({ host: '0.0.0.0' }, {})).toThrow(/refusing to listen on 0\.0\.0\.0 without a token/);
    expect(loadServerConfig({ host: '0.0.0.0' }, { NEWSGRAPH_TOKEN: TOKEN }).token).toBe(TOKEN);
  });

  it('rejects short tokens, bad ports, bad numbers and bad Neo4j URIs', () => {
    expect(() => loadServerConfig({}, { NEWSGRAPH_TOKEN: 'short' })).toThrow(/at least 16 characters/);
    expect(() => loadServerConfig({}, { NEWSGRAPH_PORT: '70000' })).toThrow(
      /port \(NEWSGRAPH_PORT\) must be an integer from 0 to 65535, got "70000"/,
    );
    expect(() => loadServerConfig({}, { NEWSGRAPH_ROW_CAP: 'many' })).toThrow(/row cap/);
    expect(() => loadServerConfig({}, { NEO4J_URI: 'http://db' })).toThrow(/not a Neo4j URI/);
  });
});

describe('the extraction backend', () => {
  it('is unset by default, read from NEWSGRAPH_EXTRACTOR, and an explicit choice wins', () => {
    expect(loadServerConfig({}, {}).extractor).toBe(undefined);
    expect(loadServerConfig({}, { NEWSGRAPH_EXTRACTOR: 'rules' }).extractor).toBe('rules');
    expect(loadServerConfig({ extractor: 'other' }, { NEWSGRAPH_EXTRACTOR: 'rules' }).extractor).toBe('other');
    expect(loadCliConfig({}, {}).extractor).toBe(undefined);
    expect(loadCliConfig({}, { NEWSGRAPH_EXTRACTOR: ' rules ' }).extractor).toBe('rules');
    expect(loadCliConfig({ extractor: 'other' }, { NEWSGRAPH_EXTRACTOR: 'rules' }).extractor).toBe('other');
  });

  it('refuses a value that is no name', () => {
    expect(() => loadCliConfig({ extractor: 'Rules 2' }, {})).toThrow(
      'not an extractor name: "Rules 2" (NEWSGRAPH_EXTRACTOR, --extractor; the default is "rules")',
    );
    expect(() => loadServerConfig({}, { NEWSGRAPH_EXTRACTOR: '../x' })).toThrow(ConfigError);
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'].map(isLoopbackHost)).toStrictEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '192.168.1.2', 'example.org', '::', 'localhost.evil.com'].map(isLoopbackHost)).toStrictEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
