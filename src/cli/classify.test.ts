import { execFileSync } from 'node:child_process';

// Starting npx + tsx in a child takes seconds on a busy 2-core machine; the default 5 s is a
// timing assumption, not part of the behaviour under test.
const CHILD_PROCESS_TIMEOUT_MS = 60_000;
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyStream } from './classify.ts';

async function run(input: string) {
  const output = new PassThrough();
  const errors = new PassThrough();
  let out = '';
  let err = '';
  output.on('data', (chunk) => (out += chunk));
  errors.on('data', (chunk) => (err += chunk));
  const code = await classifyStream(Readable.from([input]), output, errors);
  return { code, lines: out.trim() === '' ? [] : out.trim().split('\n').map((line) => JSON.parse(line)), err };
}

describe('classify command', () => {
  it('answers one line per input line, in order, with UTF-16 evidence offsets', async () => {
    const { code, lines, err } = await run(
      ['{"id":"a","text":"🗳️ Tout est là : #MacronLeaks"}', '{"id":"b","text":"Belle journée au parc"}'].join('\n'),
    );
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(lines.map((l: { id: string }) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ categories: ['leak'] });
    const [evidence] = lines[0].evidence;
    expect('🗳️ Tout est là : #MacronLeaks'.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence.text).toContain('#MacronLeaks');
    expect(lines[1]).toEqual({ id: 'b', categories: [], evidence: [] });
  });

  it('takes CRLF line ends and a last line without one', async () => {
    const { code, lines } = await run('{"id":"a","text":"x"}\r\n{"id":"b","text":"#MacronLeaks"}');
    expect(code).toBe(0);
    expect(lines.map((l: { id: string; categories: string[] }) => [l.id, l.categories])).toEqual([
      ['a', []],
      ['b', ['leak']],
    ]);
  });

  it('reports bad lines with their number, keeps going, and exits 1', async () => {
    const { code, lines, err } = await run(
      ['{"id":"1","text":"ok"}', 'not json', '{"id":2,"text":"x"}', '', '{"text":"no id"}', '[1]', '{"id":"6","text":"leaked En Marche emails"}'].join('\n'),
    );
    expect(code).toBe(1);
    expect(lines.map((l: { id: string }) => l.id)).toEqual(['1', '6']);
    expect(err).toContain('line 2: not valid JSON');
    expect(err).toContain('line 3: "id" must be a string');
    expect(err).toContain('line 5: missing "id"');
    expect(err).toContain('line 6: expected an object');
    expect(err).not.toContain('line 4');
  });

  it('runs as `npm run --silent classify -- -` on standard input (the bundled command)', () => {
    const out = execFileSync('npm', ['run', '--silent', 'classify', '--', '-'], { input: '{"id":"x","text":"#MacronLeaks"}\n' }).toString();
    expect(JSON.parse(out)).toMatchObject({ id: 'x', categories: ['leak'] });
    }, CHILD_PROCESS_TIMEOUT_MS);
});

describe('the bundle caches its compiled patterns', () => {
  it('writes them beside the bundle once, then classifies from the cache exactly as a fresh compile does', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const { classify } = await import('../detect/classify.ts');
    const { runDetector } = await import('./classify.ts');
    const root = mkdtempSync(join(tmpdir(), 'sg-cli-'));
    try {
      mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
      const bundle = join(root, 'dist', 'cli', 'classify.mjs');
      writeFileSync(bundle, '// stand-in bundle\n');
      const url = pathToFileURL(bundle).href;
      const fresh = runDetector(url);
      expect(existsSync(join(root, 'dist', 'cli', 'classify.patterns.txt'))).toBe(true);
      const cached = runDetector(url);
      for (const text of ['Tout est là : #MacronLeaks', 'Szavazz a Fideszre vasárnap!', 'Au marché : poireaux à 54, navets à 46 !', 'Belle journée']) {
        expect(cached(text)).toEqual(classify(text));
        expect(fresh(text)).toEqual(classify(text));
      }
      // Outside a bundle (tsx, tests) nothing is cached.
      expect(runDetector(pathToFileURL(join(root, 'classify.ts')).href)).toBe(classify);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
