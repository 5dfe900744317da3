import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const LIAOCHENG_GB18030 = [0xc1, 0xc4, 0xb3, 0xc7];

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('聊城'))).toEqual({ text: '聊城', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id')]);
    expect(decodeText(bytes)).toEqual({ text: 'id', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE with its byte-order mark, as Excel saves "Unicode text"', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x4a, 0x80, 0xce, 0x57]);
    expect(decodeText(bytes)).toEqual({ text: '聊城', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with its byte-order mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x80, 0x4a, 0x57, 0xce]);
    expect(decodeText(bytes)).toEqual({ text: '聊城', encoding: 'utf-16be' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(LIAOCHENG_GB18030))).toEqual({ text: '聊城', encoding: 'gb18030' });
  });

  it('reads GB18030 ASCII and Chinese mixed on one line', () => {
    const bytes = new Uint8Array([0x69, 0x64, 0x09, ...LIAOCHENG_GB18030]);
    expect(decodeText(bytes).text).toBe('id\t聊城');
  });
});
