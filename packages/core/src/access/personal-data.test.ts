import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskAttributes, maskPersonalValue } from './personal-data.ts';

describe('maskPersonalValue', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    assert.equal(maskPersonalValue('13812341234'), '138****1234');
    assert.equal(maskPersonalValue('+86 138-1234-1234'), '861******1234');
  });
  it('keeps the first character and the domain of an e-mail address', () => {
    assert.equal(maskPersonalValue('zhang.san@example.com'), 'z***@example.com');
  });
  it('keeps the first and last 4 characters of an 18-character ID number', () => {
    assert.equal(maskPersonalValue('11010519491231002X'), '1101**********002X');
  });
  it('keeps the first character of a name, and masks short values whole', () => {
    assert.equal(maskPersonalValue('张三丰'), '张**');
    assert.equal(maskPersonalValue('李'), '*');
    assert.equal(maskPersonalValue(null), null);
  });
  it('masks only the fields named personal', () => {
    assert.deepEqual(maskAttributes({ phone: '13812341234', tier: 'gold' }, ['phone']), {
      phone: '138****1234',
      tier: 'gold',
    });
    assert.equal(maskAttributes(null, ['phone']), null);
  });
});
