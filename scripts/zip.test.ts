import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzip, zip } from './zip.ts';

/** Reads an archive back through its central directory, the way unzip tools do. */
function unzipEntries(archive: Buffer): { path: string; data: Buffer; date: number; mode: number }[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const date = archive.readUInt16LE(at + 14);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const mode = archive.readUInt32LE(at + 38) >>> 16;
    const local = archive.readUInt32LE(at + 42);
    const path = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const localName = archive.readUInt16LE(local + 26);
    const start = local + 30 + localName + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(archive.readUInt32LE(local + 14)).toBe(crc);
    entries.push({ path, data, date, mode });
    at += 46 + nameLength;
  }
  return entries;
}

describe('zip', () => {
  const files = [
    { path: 'manifest.json', data: Buffer.from('{"name":"x"}'.repeat(50)) },
    { path: 'assets/a.js', data: Buffer.from('console.log(1)') },
    { path: 'icons/é.png', data: Buffer.from([0, 1, 2, 3, 255]) },
  ];

  it('round-trips every file, sorted by path, with UTF-8 names', () => {
    const entries = unzipEntries(zip(files));
    expect(entries.map((e) => e.path)).toEqual(['assets/a.js', 'icons/é.png', 'manifest.json']);
    for (const file of files) expect(entries.find((e) => e.path === file.path)?.data.equals(file.data)).toBe(true);
  });

  it('gives the same bytes for the same files in any order, with fixed dates and modes', () => {
    const a = zip(files);
    const b = zip([...files].reverse().map((f) => ({ path: f.path, data: Buffer.from(f.data) })));
    expect(a.equals(b)).toBe(true);
    for (const entry of unzipEntries(a)) {
      expect(entry.date).toBe(0x21); // 1980-01-01
      expect(entry.mode).toBe(0o100644);
    }
  });

  it('reads back what it wrote (the reader the source check uses)', () => {
    expect(unzip(zip(files)).map((e) => [e.path, Buffer.from(e.data).toString('hex')])).toEqual(
      unzipEntries(zip(files)).map((e) => [e.path, e.data.toString('hex')]),
    );
  });

  it('changes when one byte of one file changes', () => {
    const changed = files.map((f) => (f.path === 'assets/a.js' ? { ...f, data: Buffer.from('console.log(2)') } : f));
    expect(zip(files).equals(zip(changed))).toBe(false);
  });

  it('refuses paths that could escape the folder it is unpacked into, and duplicates', () => {
    for (const path of ['../x', '/etc/passwd', 'a\\b', 'a/../../b', '']) {
      expect(() => zip([{ path, data: Buffer.from('') }])).toThrow('unsafe path');
    }
    expect(() => zip([files[0]!, files[0]!])).toThrow('Duplicate zip entry');
  });
});
