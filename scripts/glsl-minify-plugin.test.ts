import { describe, expect, it } from 'vitest';
import { minifyGlslLiterals } from './glsl-minify-plugin.ts';

describe('minifyGlslLiterals', () => {
  it('drops comments, indentation and blank lines, and keeps preprocessor lines on their own', () => {
    const source = [
      'const A = /* glsl */ `#version 300 es',
      '#define PICKING',
      '',
      'void main() {',
      '  // why, not what',
      '  float x = 1.0; // trailing',
      '}',
      '`;',
    ].join('\n');
    expect(minifyGlslLiterals(source)).toBe(
      [
        'const A = /* glsl */ `#version 300 es',
        '#define PICKING',
        'void main() {',
        'float x = 1.0;',
        '}',
        '`;',
      ].join('\n'),
    );
  });

  it('keeps `${…}` expressions and the spaces beside them', () => {
    const source = 'x = /* glsl */ `\n  uniform float ${name};\n  texelOf(i, ${WIDTH}u);\n`;';
    expect(minifyGlslLiterals(source)).toBe(
      'x = /* glsl */ `\nuniform float ${name};\ntexelOf(i, ${WIDTH}u);\n`;',
    );
  });

  it('leaves unmarked template literals and other code alone', () => {
    const source = 'const a = `  // not glsl\n`; /* glsl */';
    expect(minifyGlslLiterals(source)).toBe(source);
  });
});
