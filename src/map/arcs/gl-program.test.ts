import { describe, expect, it } from 'vitest';
import { createArcProgram } from './gl-program.ts';

/** Records the GL calls a program makes; `compiles` says whether each shader source compiles. */
function fakeGl(compiles: (source: string) => boolean) {
  const calls: string[] = [];
  const sources = new Map<object, string>();
  const gl = {
    VERTEX_SHADER: 1,
    FRAGMENT_SHADER: 2,
    COMPILE_STATUS: 3,
    LINK_STATUS: 4,
    createShader: () => ({}),
    shaderSource: (shader: object, source: string) => sources.set(shader, source),
    compileShader: () => calls.push('compile'),
    createProgram: () => ({}),
    attachShader: () => undefined,
    bindAttribLocation: () => undefined,
    linkProgram: () => calls.push('link'),
    getShaderParameter: (shader: object) => (calls.push('ask shader'), compiles(sources.get(shader) ?? '')),
    getProgramParameter: () => (calls.push('ask program'), [...sources.values()].every(compiles)),
    getShaderInfoLog: (shader: object) => `cannot compile ${sources.get(shader)}`,
    getProgramInfoLog: () => 'link log',
    isContextLost: () => false,
    deleteShader: () => calls.push('delete shader'),
    deleteProgram: () => calls.push('delete program'),
    useProgram: () => calls.push('use'),
  };
  return { gl: gl as unknown as WebGL2RenderingContext, calls };
}

describe('createArcProgram', () => {
  it('compiles and links without waiting for the result; the first use waits once', () => {
    const { gl, calls } = fakeGl(() => true);
    const program = createArcProgram(gl, 'vertex', 'fragment', {});
    expect(calls).toEqual(['compile', 'compile', 'link']);
    program.use();
    program.use();
    expect(calls.filter((call) => call.startsWith('ask')).length, 'asked on the first use only').toBe(3);
    expect(calls.filter((call) => call === 'use')).toHaveLength(2);
    expect(calls).not.toContain('delete program');
  });

  it('names the shader that did not compile, on first use', () => {
    const { gl, calls } = fakeGl((source) => source !== 'fragment');
    const program = createArcProgram(gl, 'vertex', 'fragment', {});
    expect(() => program.use()).toThrow('arcs layer: shader did not compile: cannot compile fragment');
    expect(calls).toContain('delete program');
    expect(calls).not.toContain('use');
  });
});
