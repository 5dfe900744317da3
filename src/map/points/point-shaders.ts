import type { ProjectionShaderSource } from '../arcs/shaders.ts';

export const POINT_ATTRIBUTES = { a_center: 0, a_style: 1 } as const;

// One quad per point (four vertices of the same centre and style), widened in screen space around its projected centre, so a point is a circle
// of the same pixel size in Mercator and on the globe (MapLibre's circles with viewport alignment).
const VERTEX_MAIN = /* glsl */ `
precision highp float;
precision highp int;

in vec2 a_center;  // Mercator 0..1
in uvec4 a_style;  // red, green, blue, flags (1 shown, 2 ring)

uniform float u_world_offset;
uniform vec2 u_viewport_size;  // drawing-buffer pixels
uniform float u_radius;        // fill radius, device pixels
uniform float u_stroke_width;  // device pixels
uniform float u_ring_width;    // device pixels
uniform vec3 u_stroke_color;
uniform vec3 u_ring_color;

out vec2 v_offset;  // device pixels from the centre
flat out float v_radius;
flat out float v_outer;
flat out vec3 v_fill;
flat out vec3 v_stroke;

const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);

void main() {
  if ((a_style.a & 1u) == 0u) {
    gl_Position = HIDDEN;
    return;
  }
  vec4 clip = projectTile(a_center + vec2(u_world_offset, 0.0));
  if (clip.w <= 0.0 || clip.z / clip.w > 1.0) {  // behind the globe
    gl_Position = HIDDEN;
    return;
  }
  bool hasRing = (a_style.a & 2u) != 0u;
  float outer = u_radius + (hasRing ? u_ring_width : u_stroke_width);
  vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0);
  v_offset = corner * (outer + 1.0);
  gl_Position = clip;
  gl_Position.xy += v_offset / (0.5 * u_viewport_size) * clip.w;
  v_radius = u_radius;
  v_outer = outer;
  v_fill = vec3(a_style.rgb) / 255.0;
  v_stroke = hasRing ? u_ring_color : u_stroke_color;
}
`;

export const POINT_FRAGMENT_SOURCE = /* glsl */ `#version 300 es
precision highp float;

in vec2 v_offset;
flat in float v_radius;
flat in float v_outer;
flat in vec3 v_fill;
flat in vec3 v_stroke;

out vec4 fragColor;

void main() {
  float distanceFromCentre = length(v_offset);
  // 1-px ramps just inside the outer edge and the fill's edge, as MapLibre's circle shader blurs them.
  float coverage = 1.0 - smoothstep(v_outer - 1.0, v_outer, distanceFromCentre);
  if (coverage <= 0.0) discard;
  float stroke = smoothstep(v_radius - 1.0, v_radius, distanceFromCentre);
  fragColor = vec4(mix(v_fill, v_stroke, stroke) * coverage, coverage);
}
`;

export function buildPointVertexSource(projection: ProjectionShaderSource): string {
  return `#version 300 es
${projection.vertexShaderPrelude}
${projection.define}
${VERTEX_MAIN}`;
}
