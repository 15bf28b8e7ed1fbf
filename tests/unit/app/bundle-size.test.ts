import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  assetKind,
  budgetLine,
  formatKB,
  gzipSize,
  isThirdParty,
  README_END,
  README_START,
  renderMarkdownTable,
  renderTable,
  replaceSection,
  totals,
  type LoadedAsset,
} from '../../../scripts/bench/size-measure.ts';

const asset = (path: string, kind: 'js' | 'css', gzipBytes: number): LoadedAsset => ({
  path,
  kind,
  bytes: gzipBytes * 3,
  gzipBytes,
});

describe('bench:size helpers', () => {
  it('counts JS and CSS by extension or content type, nothing else', () => {
    expect(assetKind('http://localhost:5000/assets/index-abc.js')).toBe('js');
    expect(assetKind('http://localhost:5000/assets/x.mjs')).toBe('js');
    expect(assetKind('http://localhost:5000/assets/index-abc.css')).toBe('css');
    expect(assetKind('http://localhost:5000/module', 'text/javascript; charset=utf-8')).toBe('js');
    expect(assetKind('http://localhost:5000/assets/roboto-latin-400.woff2', 'font/woff2')).toBeUndefined();
    expect(assetKind('http://localhost:8080/tickets', 'application/json')).toBeUndefined();
    expect(assetKind('data:text/javascript,1')).toBeUndefined();
  });

  it('tells third-party requests from the app and its backend', () => {
    const allowed = ['http://localhost:5000', 'http://localhost:8080'];
    expect(isThirdParty('http://localhost:5000/assets/a.js', allowed)).toBe(false);
    expect(isThirdParty('http://127.0.0.1:8080/auth/login', allowed)).toBe(false);
    expect(isThirdParty('http://localhost:8081/x', allowed)).toBe(true);
    expect(isThirdParty('https://fonts.googleapis.com/css2?family=Roboto', allowed)).toBe(true);
    expect(isThirdParty('data:image/png;base64,AAAA', allowed)).toBe(false);
    expect(isThirdParty('blob:http://localhost:5000/1234', allowed)).toBe(false);
  });

  it('measures gzip -9 of a body: a valid stream, of that size', () => {
    const body = Buffer.from('const a = 1;'.repeat(500));
    const compressed = gzipSync(body, { level: 9 });
    expect(gunzipSync(compressed).equals(body)).toBe(true);
    expect(gzipSize(body)).toBe(compressed.length);
    expect(gzipSize(body)).toBeLessThan(body.length / 10);
  });

  it('adds JS and CSS separately', () => {
    expect(totals([asset('/a.js', 'js', 100), asset('/b.js', 'js', 50), asset('/c.css', 'css', 7)])).toEqual({
      jsGzip: 150,
      cssGzip: 7,
      jsFiles: 2,
      cssFiles: 1,
    });
    expect(totals([])).toEqual({ jsGzip: 0, cssGzip: 0, jsFiles: 0, cssFiles: 0 });
  });

  it('states sizes in KB of 1000 bytes, and the budget line says ok or OVER', () => {
    expect(formatKB(142_931)).toBe('142.9 KB');
    expect(budgetLine('login', 142_931)).toBe('login: 142.9 KB gzipped (limit 143 KB): ok');
    expect(budgetLine('login', 143_000)).toMatch(/: ok$/);
    expect(budgetLine('login', 143_001)).toMatch(/: OVER$/);
  });

  it('renders aligned text and Markdown tables', () => {
    const rows = [
      ['route', 'page', 'JS'],
      ['/login', 'login', '142.9 KB'],
      ['/', 'Painel', '8.0 KB'],
    ];
    expect(renderTable(rows, 2).split('\n')).toEqual([
      'route   page          JS',
      '------  ------  --------',
      '/login  login   142.9 KB',
      '/       Painel    8.0 KB',
    ]);
    expect(renderMarkdownTable(rows, 2).split('\n')).toEqual([
      '| route | page | JS |',
      '| --- | --- | ---: |',
      '| /login | login | 142.9 KB |',
      '| / | Painel | 8.0 KB |',
    ]);
  });

  it('replaces the README section between its markers, or appends it', () => {
    const readme = `# Title\n\n${README_START}\nold\n${README_END}\n\nAfter.\n`;
    expect(replaceSection(readme, 'new figures')).toBe(
      `# Title\n\n${README_START}\nnew figures\n${README_END}\n\nAfter.\n`,
    );
    expect(replaceSection('# Title\n', 'figures')).toBe(`# Title\n\n${README_START}\nfigures\n${README_END}\n`);
  });
});
