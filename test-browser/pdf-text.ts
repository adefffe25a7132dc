import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to read back the text Chromium (Skia) writes: objects, Flate streams, Type0 fonts with
 * ToUnicode CMaps, and the Tf / Tj / TJ operators of each page's content. Not a general PDF reader: it is
 * for asserting that a line of the report is in the PDF as text (searchable, copyable), not an image.
 */

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const head = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = head.exec(text))) {
    const start = head.lastIndex;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt >= 0) {
      const dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + (/stream\r\n/.test(body.slice(streamAt, streamAt + 8)) ? 8 : 7);
      const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? NaN);
      const stop = Number.isNaN(length) ? text.indexOf('endstream', dataStart) : dataStart + length;
      let data = pdf.subarray(dataStart, stop);
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      out.set(Number(m[1]), { dict, stream: data });
    } else {
      out.set(Number(m[1]), { dict: body });
    }
    head.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** A ToUnicode CMap: code (hex) → text. */
function cmap(source: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src!.toUpperCase(), utf16(dst!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo!.length;
      for (let c = parseInt(lo!, 16), i = 0; c <= parseInt(hi!, 16); c++, i++) {
        map.set(c.toString(16).toUpperCase().padStart(width, '0'), utf16((parseInt(dst!, 16) + i).toString(16).padStart(dst!.length, '0')));
      }
    }
  }
  return map;
}

/** The text of every page, in content order, one string per page. */
export function pdfText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const pages: string[] = [];
  for (const obj of objs.values()) {
    if (!/\/Type \/Page\b/.test(obj.dict)) continue;
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(obj.dict)?.[1] ?? '';
    for (const [, name, num] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objs.get(Number(num));
      const toUnicode = font ? ref(font.dict, 'ToUnicode') : undefined;
      const stream = toUnicode !== undefined ? objs.get(toUnicode)?.stream : undefined;
      if (stream) fonts.set(name!, cmap(stream.toString('latin1')));
    }
    const contents = ref(obj.dict, 'Contents');
    const content = contents !== undefined ? objs.get(contents)?.stream?.toString('latin1') ?? '' : '';
    let current = new Map<string, string>();
    let text = '';
    const decode = (hex: string) => (hex.match(/.{4}/g) ?? []).map((code) => current.get(code.toUpperCase()) ?? '').join('');
    for (const [, font, tj, tjArray, et] of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ|\b(ET)\b/g)) {
      if (font) current = fonts.get(font) ?? new Map();
      else if (tj !== undefined) text += decode(tj);
      else if (tjArray !== undefined) text += [...tjArray.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => decode(x[1]!)).join('');
      else if (et) text += ' ';
    }
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  return pages;
}
