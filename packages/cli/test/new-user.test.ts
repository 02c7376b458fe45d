// What a new user hit (issue 9): inputs the CLI must refuse, stores it must not create, output that lines up.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, osmoseRun, type CliResult } from '../../core/test/helpers/cli.js';
import { DECK_A, DECK_B, makeDeck } from '../../core/test/resolve/make-decks.js';

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });

// every test runs the CLI (a real process) one to six times
describe('osmose for a new user', { timeout: 6 * CLI_TIMEOUT_MS }, () => {
  let dir: string;
  let decks: string;
  let store: string;
  let first: CliResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'osmose-newuser-'));
    decks = join(dir, 'decks');
    mkdirSync(join(decks, 'sub'), { recursive: true });
    await makeDeck(join(decks, 'a.pptx'), DECK_A);
    await makeDeck(join(decks, 'sub', 'b.pptx'), DECK_B);
    writeFileSync(join(decks, 'notes.txt'), 'not a deck');
    copyFileSync(join(decks, 'notes.txt'), join(decks, 'sub', 'memo.docx'));
    // PowerPoint's owner file beside an open deck (162 bytes: the user's name, padded)
    writeFileSync(
      join(decks, 'sub', '~$b.pptx'),
      Buffer.concat([Buffer.from([5]), Buffer.from('alice'), Buffer.alloc(156)]),
    );
    store = join(dir, 'store');
    // not a terminal (a pipe): progress is one line per phase and deck on stderr
    first = await osmoseRun(['ingest', decks, '--store', store]);
  }, CLI_TIMEOUT_MS + 60_000);

  it('folders: files that are not decks are listed as skipped with the reason; a folder with no deck exits 2 and says so', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /skipped 3 file\(s\) in folders: .*not a PowerPoint file \(\.txt\).*not a PowerPoint file \(\.docx\)|skipped 3 file\(s\) in folders: .*\.docx.*\.txt/,
    );
    const json = JSON.parse((await osmoseRun(['ingest', decks, '--store', store, '--json'])).stdout);
    expect(json.skipped).toEqual([
      { file: join(decks, 'notes.txt'), reason: 'not a PowerPoint file (.txt)' },
      { file: join(decks, 'sub', 'memo.docx'), reason: 'not a PowerPoint file (.docx)' },
      {
        file: join(decks, 'sub', '~$b.pptx'),
        reason: 'an Office lock file (~$…): its deck is open in PowerPoint',
      },
    ]);
    expect(json.totals.skipped).toBe(3);
    // the lock file named on its own is still tried, and refused with its code
    const lock = await osmoseRun(['ingest', join(decks, 'sub', '~$b.pptx'), '--store', store]);
    expect(lock.code).toBe(2);
    expect(lock.stdout).toContain('OSM_INPUT_LOCK_FILE');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const e = await osmoseRun(['ingest', empty, '--store', store]);
    expect(e.code).toBe(2);
    expect(e.stdout).toMatch(/OSM_INPUT_NO_DECKS {2}empty: No deck found in .*empty \(it is empty\)/);
    const only = join(dir, 'only-text');
    mkdirSync(only);
    writeFileSync(join(only, 'a.txt'), 'x');
    const o = JSON.parse((await osmoseRun(['ingest', only, '--store', store, '--json'])).stdout);
    expect(o.documents[0].error.code).toBe('OSM_INPUT_NO_DECKS');
    expect(o.documents[0].error.message).toContain('1 other file(s) skipped: a.txt');
  });

  it('without a terminal: one line per phase (with its time) and per deck; nothing under --json', async () => {
    const lines = first.stderr.split('\n');
    for (const deck of ['a.pptx', 'b.pptx']) {
      for (const phase of ['extract', 'summarise', 'nlp', 'segment', 'concepts', 'store'])
        expect(
          lines.some((l) =>
            new RegExp(
              `^\\[\\d/2\\] ${deck.replace('.', '\\.')} · ${phase}( \\d+(/\\d+| items))? · \\d+(\\.\\d)? (ms|s)$`,
            ).test(l),
          ),
          `${deck} ${phase}\n${first.stderr}`,
        ).toBe(true);
      expect(
        lines.some((l) =>
          new RegExp(`^\\[\\d/2\\] ingested ${deck.replace('.', '\\.')} — 4 slides, \\d+ concepts, `).test(l),
        ),
      ).toBe(true);
    }
    expect(first.stderr).not.toMatch(/\x1b\[/); // no escape codes in a log
    const quiet = await osmoseRun(['ingest', join(decks, 'a.pptx'), '--store', store, '--json']);
    expect(quiet.stderr).toBe('');
  });

  it('an unchanged deck reports the stored counts, not zeros', async () => {
    const r = JSON.parse(
      (await osmoseRun(['ingest', join(decks, 'a.pptx'), '--store', store, '--json'])).stdout,
    );
    const d = r.documents[0];
    expect(d.status).toBe('unchanged');
    expect(d.slides).toBe(4);
    const chars = DECK_A.reduce((a, s) => a + s.title.length + s.lines.join('\n').length, 0);
    expect(d.textChars).toBe(chars);
    expect(d.docId).toMatch(/^doc:/);
    const forced = JSON.parse(
      (await osmoseRun(['ingest', join(decks, 'a.pptx'), '--store', store, '--json', '--force'])).stdout,
    ).documents[0];
    for (const k of [
      'slides',
      'hiddenSlides',
      'notes',
      'tables',
      'charts',
      'images',
      'textChars',
      'concepts',
      'mentions',
    ])
      expect(d[k], k).toBe(forced[k]);
    expect(d.mentions).toBeGreaterThan(0);
  });

  it("concepts --document lists one deck's concepts, by file name, path or id", async () => {
    const all = JSON.parse(
      (await osmoseRun(['concepts', '--store', store, '--json', '--limit', '500'])).stdout,
    ).concepts;
    const b = JSON.parse(
      (await osmoseRun(['concepts', '--store', store, '--json', '--document', 'b.pptx', '--limit', '500']))
        .stdout,
    );
    expect(b.document.fileName).toBe('b.pptx');
    const names = b.concepts.map((c: { name: string }) => c.name);
    expect(names).toContain('General Data Protection Regulation');
    expect(names).not.toContain('Kubernetes Clusters'); // only in deck A
    expect(all.map((c: { name: string }) => c.name)).toContain('Kubernetes Clusters');
    const byPath = JSON.parse(
      (
        await osmoseRun([
          'concepts',
          '--store',
          store,
          '--json',
          '--document',
          join(decks, 'sub', 'b.pptx'),
          '--limit',
          '500',
        ])
      ).stdout,
    );
    const byId = JSON.parse(
      (
        await osmoseRun([
          'concepts',
          '--store',
          store,
          '--json',
          '--document',
          b.document.id,
          '--limit',
          '500',
        ])
      ).stdout,
    );
    expect(byPath.concepts).toEqual(b.concepts);
    expect(byId.concepts).toEqual(b.concepts);
    const missing = await osmoseRun(['concepts', '--store', store, '--document', 'nope.pptx']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error OSM_NOT_FOUND: No deck named "nope.pptx"/);
    expect((await osmoseRun(['concepts', '--help'])).stdout).toContain(
      '{"concepts":[{"id","name","type","aliases","mentions","documents","slides"}]}',
    );
  });

  it('show prints each sentence once and marks the words that matched', async () => {
    const r = await osmoseRun(['show', 'GDPR', '--store', store]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  a.pptx · slide 1 '));
    expect(lines).toEqual([
      '  a.pptx · slide 1 · body · shape 3: The «General Data Protection Regulation» («GDPR») protects personal data.',
    ]);
    const mentionLines = r.stdout.split('\n').filter((l) => / · slide \d+ · /.test(l));
    expect(new Set(mentionLines).size).toBe(mentionLines.length);
  });

  it('merges shows whole ids and the merged name; unmerge takes the id or a unique prefix', async () => {
    const list = JSON.parse((await osmoseRun(['merges', '--store', store, '--json'])).stdout).merges as {
      id: string;
      mergedName: string;
    }[];
    const gdpr = list.find((m) => m.mergedName === 'GDPR')!;
    expect(gdpr).toBeDefined();
    const text = (await osmoseRun(['merges', '--store', store])).stdout;
    for (const m of list) expect(text).toContain(m.id);
    const row = text.split('\n').find((l) => l.includes(gdpr.id))!;
    expect(row).toMatch(/^General Data Protection Regulation +GDPR +acronym/);
    const ambiguous = await osmoseRun(['unmerge', 'mg:', '--store', store]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/names 2 merges/);
    const prefix = gdpr.id.slice(0, gdpr.id.indexOf('|'));
    const u = await osmoseRun(['unmerge', prefix, '--store', store, '--json']);
    expect(u.code, u.stderr).toBe(0);
    expect(JSON.parse(u.stdout)).toMatchObject({ merge: { id: gdpr.id }, alreadyUndone: false });
    // a second undo changes nothing and says so (exit 0: the pair is apart, as asked)
    const again = await osmoseRun(['unmerge', gdpr.id, '--store', store]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(
      /^mg:\S+ was already undone \(\d{4}-\d\d-\d\dT[^)]+\): "GDPR" and ".+" are separate; nothing changed\n$/,
    );
  });

  it('a read command on a store that does not exist says so, exits 1 and creates nothing', async () => {
    const typo = join(dir, 'stor');
    for (const args of [
      ['concepts'],
      ['show', 'GDPR'],
      ['search', 'privacy'],
      ['export', '--format', 'json'],
      ['merges'],
      ['unmerge', 'mg:x'],
    ]) {
      const r = await osmoseRun([...args, '--store', typo]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(
        /^error OSM_STORE_NOT_FOUND: No store at .*stor: nothing has been ingested there/,
      );
      expect(existsSync(typo), args.join(' ')).toBe(false);
    }
  });

  it('store paths are checked before anything can hang: /proc, /sys and a file in the way are refused with the reason', async () => {
    for (const [args, why] of [
      [
        ['ingest', join(decks, 'a.pptx'), '--store', '/proc/osmose-test'],
        /\/proc is a system pseudo file system/,
      ],
      [['concepts', '--store', '/sys/osmose-test'], /\/sys is a system pseudo file system/],
      [
        ['ingest', join(decks, 'a.pptx'), '--store', join(decks, 'notes.txt', 'store')],
        /notes\.txt is a file, not a folder/,
      ],
    ] as const) {
      const r = await osmoseRun([...args], {}, 60_000); // a hang shows as code -1
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^error OSM_STORE_PATH_INVALID: The store at .* cannot be used: /);
      expect(r.stderr).toMatch(why);
    }
  });

  it('a store that cannot be opened says why', async () => {
    const bad = join(dir, 'not-sqlite');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'osmose.db'),
      'this is not a database, it is only text that fills the first page of the file'.repeat(60),
    );
    const r = await osmoseRun(['concepts', '--store', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error OSM_STORE_OPEN_FAILED: The store at .*not-sqlite could not be opened: .*osmose\.db is not a SQLite database\.\n$/,
    );
  });

  it('delete removes one deck and only what no other deck holds; the deck can be ingested again', async () => {
    const own = join(dir, 'delete-store');
    expect((await osmoseRun(['ingest', decks, '--store', own])).code).toBe(0);
    const concepts = async () =>
      (
        JSON.parse((await osmoseRun(['concepts', '--store', own, '--json', '--limit', '1000'])).stdout)
          .concepts as { id: string; documents: number }[]
      ).map((c) => [c.id, c.documents] as const);
    const before = await concepts();
    const inB = new Set(
      (
        JSON.parse(
          (await osmoseRun(['concepts', '--store', own, '--json', '--limit', '1000', '--document', 'b.pptx']))
            .stdout,
        ).concepts as { id: string }[]
      ).map((c) => c.id),
    );
    const r = await osmoseRun(['delete', 'a.pptx', '--store', own]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^deleted a\.pptx \(doc:[0-9a-f]+, \d+ slide\(s\)\): [\d,]+ mention\(s\) and [\d,]+ concept\(s\) only it mentioned removed; 1 deck\(s\) left\n$/,
    );
    // what is left: exactly the concepts deck b mentions, each in one deck now
    const after = await concepts();
    expect(new Set(after.map(([id]) => id))).toEqual(inB);
    expect(after.every(([, n]) => n === 1)).toBe(true);
    expect(before.length).toBeGreaterThan(after.length);
    const again = await osmoseRun(['delete', 'a.pptx', '--store', own]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error OSM_NOT_FOUND: No deck named "a\.pptx" in the store/);
    expect((await osmoseRun(['delete', '--store', own])).stderr).toContain('OSM_CONFIG_INVALID');
    // ingested again: a new document, not "unchanged", and the store is as before
    const re = JSON.parse(
      (await osmoseRun(['ingest', join(decks, 'a.pptx'), '--store', own, '--json'])).stdout,
    );
    expect(re.documents[0].status).toBe('ingested');
    expect(new Set((await concepts()).map(([id]) => id))).toEqual(new Set(before.map(([id]) => id)));
    const json = JSON.parse((await osmoseRun(['delete', 'b.pptx', '--store', own, '--json'])).stdout);
    expect(json).toMatchObject({ deleted: { fileName: 'b.pptx' }, vectorsPending: false });
  });

  it('an unreachable Neo4j is one sentence naming the URL without its password', async () => {
    const port = await freePort();
    const r = await osmoseRun([
      'concepts',
      '--store',
      store,
      '--graph',
      `neo4j://neo4j:s3cret@127.0.0.1:${port}`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^error OSM_STORE_UNAVAILABLE: The Neo4j server at neo4j://neo4j:\\*\\*\\*@127\\.0\\.0\\.1:${port} cannot be reached \\(.+\\); check --graph and that the server is running\\.\\n$`,
      ),
    );
    expect(r.stderr).not.toMatch(/s3cret|RoutingTable|routing table/i);
  });
});
