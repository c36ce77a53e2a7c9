import { decodeText } from "../../src/cli/input";

const TEXT = "项目支出499.91万元";

describe("decodeText: the encodings of Chinese text files", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeText(Buffer.from(TEXT, "utf8"))).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]))).toBe(TEXT);
  });

  it("reads GBK (as GB18030) when the bytes are not UTF-8", () => {
    // 项目支出499.91万元 in GBK: 项 CFEE, 目 C4BF, 支 D6A7, 出 B3F6, 万 CDF2, 元 D4AA.
    const gbk = Buffer.from("cfeec4bfd6a7b3f63439392e3931cdf2d4aa", "hex");
    expect(decodeText(gbk)).toBe(TEXT);
  });

  it("reads UTF-16 with its BOM, little- and big-endian", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(TEXT);
  });

  it("refuses bytes with NUL characters: not a text file", () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
  });
});
