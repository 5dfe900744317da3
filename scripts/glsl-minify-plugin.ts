import type { Plugin } from 'vite';

const MARKER = '/* glsl */ `';

/**
 * Drops `//` comments, indentation and blank lines from the literal text of one template-literal piece.
 * Line breaks stay (preprocessor lines need them), and so do the edges of a piece next to a `${…}`.
 */
function minifyPiece(piece: string, isLast: boolean): string {
  const lines = piece.split('\n');
  return lines
    .map((line, i) => {
      const endsWithBreak = i < lines.length - 1 || isLast;
      let text = endsWithBreak ? line.replace(/\/\/.*$/, '').trimEnd() : line;
      if (i > 0) text = text.trimStart();
      return text;
    })
    .filter((line, i) => line !== '' || i === 0 || i === lines.length - 1)
    .join('\n');
}

/**
 * The GLSL of every template literal marked `/* glsl *\/` in `code`, without comments and indentation: those
 * strings ship in the first-load bundle as they are written. `${…}` expressions are kept as they are; they
 * must not contain a backtick.
 */
export function minifyGlslLiterals(code: string): string {
  let result = '';
  let from = 0;
  for (let start = code.indexOf(MARKER); start >= 0; start = code.indexOf(MARKER, from)) {
    let at = start + MARKER.length;
    result += code.slice(from, at);
    let piece = '';
    for (;;) {
      const char = code[at];
      if (char === undefined) throw new Error('glsl literal: no closing backtick');
      if (char === '`') {
        result += `${minifyPiece(piece, true)}\``;
        at += 1;
        break;
      }
      if (char === '$' && code[at + 1] === '{') {
        const close = code.indexOf('}', at);
        result += minifyPiece(piece, false) + code.slice(at, close + 1);
        piece = '';
        at = close + 1;
        continue;
      }
      if (char === '\\') {
        piece += code.slice(at, at + 2);
        at += 2;
        continue;
      }
      piece += char;
      at += 1;
    }
    from = at;
  }
  return result + code.slice(from);
}

/** Minifies the `/* glsl *\/` literals of the shader modules in production builds. */
export function glslMinifyPlugin(): Plugin {
  return {
    name: 'glsl-minify',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/map\/.*shaders\.ts$/.test(id) || !code.includes(MARKER)) return null;
      return { code: minifyGlslLiterals(code), map: null };
    },
  };
}
