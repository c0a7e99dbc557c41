import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findInvalidUtf8 } from './utf8.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

test('findInvalidUtf8 points at the first byte that breaks UTF-8', () => {
  assert.equal(findInvalidUtf8(Buffer.from('{"c":"张三 😀"}')), -1);
  assert.equal(findInvalidUtf8(bytes(0x61, 0xff)), 1);
  // GBK's 张 (0xd5 0xc5): a lead byte followed by a byte that cannot continue it.
  assert.equal(findInvalidUtf8(bytes(0x22, 0xd5, 0xc5, 0x22)), 1);
  assert.equal(findInvalidUtf8(bytes(0xc0, 0x80)), 0, 'overlong NUL');
  assert.equal(findInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0, 'an encoded surrogate');
  assert.equal(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0, 'past U+10FFFF');
  assert.equal(findInvalidUtf8(bytes(0x61, 0xe4, 0xb8)), 1, 'truncated at the end');
});

test('findInvalidUtf8 agrees with a strict decoder on random bytes', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let round = 0; round < 5_000; round++) {
    const sample = Uint8Array.from(
      { length: 1 + (next() % 8) },
      () => [0x41, 0x80, 0xbf, 0xc3, 0xe4, 0xed, 0xf0, 0xf4, 0xff][next() % 9] as number,
    );
    let valid = true;
    try {
      strict.decode(sample);
    } catch {
      valid = false;
    }
    const at = findInvalidUtf8(sample);
    assert.equal(at === -1, valid, `${Buffer.from(sample).toString('hex')}`);
    if (!valid) assert.doesNotThrow(() => strict.decode(sample.subarray(0, at)));
  }
});
