// Node decodes Windows-1251 but has no encoder for it; tests build such files with this table.
// It covers ASCII, the Russian alphabet and the Ukrainian letters, which is what lists contain.

const OUTSIDE_RUN: Record<string, number> = {
  Ё: 0xa8, ё: 0xb8, Є: 0xaa, є: 0xba, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, Ґ: 0xa5, ґ: 0xb4, '№': 0xb9,
};

export function encodeWindows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    // А..я are one contiguous run in both Unicode and Windows-1251.
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const byte = OUTSIDE_RUN[char];
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${char}`);
    return byte;
  });
}
