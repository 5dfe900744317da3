import { ARC_TEXTURE_WIDTH } from './geometry-buffers.ts';
import { HUB_TEXTURE_WIDTH } from './arc-filter.ts';

/** Attribute locations, bound before linking so one vertex array object serves every program variant. */
export const ATTRIBUTES = {
  a_pos: 0,
  a_along: 1,
  a_arc: 2,
  a_prev_pos: 3,
  a_prev_arc: 4,
  a_next_pos: 5,
  a_next_arc: 6,
} as const;

/** What MapLibre hands a custom layer to compile against the current projection. */
export interface ProjectionShaderSource {
  variantName: string;
  vertexShaderPrelude: string;
  define: string;
}

/** The flow animation: a comet running from hub to partner along each arc. */
const FLOW_CONSTANTS = /* glsl */ `
const float FLOW_SPEED = 0.35;  // arc lengths per second
const float FLOW_TAIL = 0.22;   // pulse length, in arc lengths
`;

const VERTEX_MAIN = /* glsl */ `
precision highp float;
precision highp int;
precision highp usampler2D;

in vec2 a_pos;
in float a_along;
in uint a_arc;
in vec2 a_prev_pos;
in uint a_prev_arc;
in vec2 a_next_pos;
in uint a_next_arc;

uniform highp usampler2D u_arc_attributes;
uniform sampler2D u_hub_visibility;
uniform sampler2D u_hub_colors;
uniform uvec2 u_year_range;
uniform bool u_include_undated;
uniform uvec3 u_category_masks; // region, relation, level
uniform float u_world_offset;
uniform vec2 u_viewport_size;   // drawing-buffer pixels
uniform float u_line_width;     // device pixels
uniform float u_width_scale;
uniform float u_along_to_px;    // Mercator units -> device pixels at the current zoom
uniform uint u_highlight_year;  // 0 = none

out float v_along_px;
flat out vec4 v_color;   // straight (not premultiplied) alpha
#if !defined(HAIRLINE) || defined(FLOW)
out float v_t;           // 0 at the hub, 1 at the partner
#endif
#ifdef HAIRLINE
uniform float u_highlight_strength; // 0..1, animated by the CPU

flat out vec2 v_dash;       // on and off lengths in px; off 0 for a solid line
#ifdef FLOW
uniform float u_time;       // seconds

flat out float v_min_alpha; // a highlighted arc's alpha after the flow pulse, else 0
flat out float v_head;      // the flow pulse's head along the arc, 0..1 + tail
#endif
#else
out float v_edge;        // signed distance from the centre line, device px (interpolated across the strip)
flat out float v_half_width;
flat out uint v_relation;
flat out float v_highlight;
flat out float v_phase;
flat out uint v_arc;
#endif

const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: the arc's triangles collapse there
const float COUNTY_WIDTH = 0.7;
const float COUNTY_ALPHA = 0.5;
const float BASE_ALPHA = 0.85;
const float HIGHLIGHT_WIDTH = 1.6;
const float MAX_MITER = 2.0;
const float AA_FRINGE = 1.0;
${FLOW_CONSTANTS}
ivec2 texelOf(uint index, uint width) {
  return ivec2(int(index % width), int(index / width));
}

bool isArcVisible(uint year, uint hub, uint categories) {
  bool yearVisible = year == 0u ? u_include_undated : (year >= u_year_range.x && year <= u_year_range.y);
  bool hubVisible = texelFetch(u_hub_visibility, texelOf(hub, ${HUB_TEXTURE_WIDTH}u), 0).r > 0.5;
  uvec3 category = uvec3(categories & 15u, (categories >> 4u) & 3u, (categories >> 6u) & 1u);
  uvec3 enabled = (u_category_masks >> category) & 1u;
  return yearVisible && hubVisible && all(equal(enabled, uvec3(1u)));
}

// Clip space -> pixels from the viewport centre.
vec2 toScreen(vec4 clip) {
  return clip.xy / clip.w * 0.5 * u_viewport_size;
}

vec2 directionOr(vec2 delta, vec2 fallback) {
  float len = length(delta);
  return len > 1e-4 ? delta / len : fallback;
}

void main() {
  uvec4 arc = texelFetch(u_arc_attributes, texelOf(a_arc, ${ARC_TEXTURE_WIDTH}u), 0);
  uint year = arc.r & 0xffffu;
  uint hub = arc.r >> 16u;
  if (!isArcVisible(year, hub, arc.g)) {
    gl_Position = HIDDEN;
    return;
  }

  // Project first, then widen in screen space: on the globe a Mercator-space offset would not stay
  // perpendicular or keep its pixel width.
  vec2 worldOffset = vec2(u_world_offset, 0.0);
  vec4 clip = projectTile(a_pos + worldOffset);
  uint categories = arc.g;
  bool isCounty = ((categories >> 6u) & 1u) == 1u;
  bool isHighlighted = u_highlight_year != 0u && year == u_highlight_year;
  float totalLength = uintBitsToFloat(arc.b);
  v_along_px = a_along * u_along_to_px;
#if !defined(HAIRLINE) || defined(FLOW)
  v_t = totalLength > 0.0 ? a_along / totalLength : 0.0;
#endif
  vec3 rgb = texelFetch(u_hub_colors, texelOf(hub, ${HUB_TEXTURE_WIDTH}u), 0).rgb;
  float phase = fract(float(a_arc) * 0.618034); // golden-ratio spread so pulses do not march in step
  uint relation = (categories >> 4u) & 3u;
#ifdef HAIRLINE
  // Everything that is the same along the arc is worked out here: software WebGL pays for every value a
  // fragment reads, and tens of thousands of hairlines cover the screen many times over.
  float strength = isHighlighted ? u_highlight_strength : 0.0;
  vec3 hairlineRgb = mix(rgb, vec3(1.0), 0.45 * strength);
  float alpha = BASE_ALPHA * (isCounty ? COUNTY_ALPHA : 1.0);
  float minAlpha = isHighlighted ? 0.75 + 0.25 * strength : 0.0;
  // The ribbons' 1-px dashes and round dots (see their fragment shader), as dashes.
  v_dash = relation == 1u ? vec2(8.0, 5.0) : relation == 2u ? vec2(1.5, 4.5) : vec2(0.0);
#ifdef FLOW
  v_color = vec4(hairlineRgb, alpha);
  v_min_alpha = minAlpha; // applied after the pulse, as the ribbons do
  v_head = fract(u_time * FLOW_SPEED + phase) * (1.0 + FLOW_TAIL);
#else
  v_color = vec4(hairlineRgb, max(alpha, minAlpha));
#endif
  gl_Position = clip;
#else
  v_color = vec4(rgb, BASE_ALPHA * (isCounty ? COUNTY_ALPHA : 1.0));
  v_relation = relation;
  v_highlight = isHighlighted ? 1.0 : 0.0;
  v_phase = phase;
  v_arc = a_arc;
  vec2 screen = toScreen(clip);
  bool hasPrev = a_prev_arc == a_arc;
  bool hasNext = a_next_arc == a_arc;
  vec2 prevScreen = hasPrev ? toScreen(projectTile(a_prev_pos + worldOffset)) : screen;
  vec2 nextScreen = hasNext ? toScreen(projectTile(a_next_pos + worldOffset)) : screen;

  // Join: offset along the bisector of the two segment normals, lengthened by 1/cos(half the turn) so
  // both neighbouring segments keep their full width (a miter), capped for sharp turns.
  vec2 dirOut = directionOr(nextScreen - screen, vec2(1.0, 0.0));
  vec2 dirIn = directionOr(screen - prevScreen, dirOut);
  if (!hasNext || length(nextScreen - screen) <= 1e-4) dirOut = dirIn;
  vec2 tangent = directionOr(dirIn + dirOut, dirIn);
  vec2 normal = vec2(-tangent.y, tangent.x);
  float miter = min(1.0 / max(dot(normal, vec2(-dirIn.y, dirIn.x)), 1e-3), MAX_MITER);

  float halfWidth = 0.5 * u_line_width * u_width_scale * (isCounty ? COUNTY_WIDTH : 1.0)
    * (isHighlighted ? HIGHLIGHT_WIDTH : 1.0);
  halfWidth = max(halfWidth, 0.5);
  float extent = halfWidth + AA_FRINGE;
  float side = (gl_VertexID & 1) == 0 ? -1.0 : 1.0;
  vec2 offsetPx = normal * side * extent * miter;
  gl_Position = clip;
  gl_Position.xy += offsetPx / (0.5 * u_viewport_size) * clip.w;

  v_edge = side * extent;
  v_half_width = halfWidth;
#endif
}
`;

const FRAGMENT_SOURCE = /* glsl */ `#version 300 es
precision highp float;
precision highp int;

in float v_edge;
in float v_along_px;
in float v_t;
flat in float v_half_width;
flat in vec4 v_color;
flat in uint v_relation;
flat in float v_highlight;
flat in float v_phase;
flat in uint v_arc;

uniform float u_opacity;
uniform float u_time;               // seconds
uniform float u_flow;               // 0 or 1
uniform float u_highlight_strength; // 0..1, animated by the CPU
uniform float u_emphasis;           // 1 while drawing the selected/hovered arc on top

out vec4 fragColor;

${FLOW_CONSTANTS}
// Coverage of a dash pattern (on, off lengths in px) with a 1-px antialiased ramp at both dash ends.
float dashCoverage(float onPx, float offPx) {
  float p = mod(v_along_px, onPx + offPx);
  return clamp(min(p, onPx - p) + 0.5, 0.0, 1.0);
}

void main() {
  float distanceFromCentre = abs(v_edge);
  // 1-px ramp centred on the true edge gives the antialiasing.
  float coverage = clamp(v_half_width + 0.5 - distanceFromCentre, 0.0, 1.0);
  float width = 2.0 * v_half_width;
  // The antialiasing fringe outside the line shows nothing whatever the pattern (dashes and dots only take
  // coverage away): leave it at once. With software GL most of a big dataset's first frame is spent here.
  if (coverage <= 0.0) discard;

#ifdef PICKING
  uint id = v_arc + 1u;
  fragColor = vec4(uvec4(id & 255u, (id >> 8u) & 255u, (id >> 16u) & 255u, (id >> 24u) & 255u)) / 255.0;
#else
  if (v_relation == 1u) {
    coverage *= dashCoverage(max(4.0 * width, 8.0), max(2.0 * width, 5.0));
  } else if (v_relation == 2u) {
    // Round dots: distance to the nearest dot centre on the line, in px.
    float spacing = max(3.0 * width, 6.0);
    float alongFromDot = mod(v_along_px, spacing) - 0.5 * spacing;
    coverage = clamp(v_half_width + 0.5 - length(vec2(alongFromDot, distanceFromCentre)), 0.0, 1.0);
  }

  vec3 rgb = v_color.rgb;
  float alpha = v_color.a;
  if (u_flow > 0.5) {
    // A comet: bright at its head, fading over FLOW_TAIL behind it, travelling hub -> partner.
    float head = fract(u_time * FLOW_SPEED + v_phase) * (1.0 + FLOW_TAIL);
    float behind = head - v_t;
    float glow = behind < 0.0 ? 0.0 : clamp(1.0 - behind / FLOW_TAIL, 0.0, 1.0);
    glow *= glow;
    alpha = mix(alpha * 0.55, 1.0, glow);
    rgb = mix(rgb, vec3(1.0), 0.6 * glow);
  }
  if (v_highlight > 0.5) {
    alpha = max(alpha, 0.75 + 0.25 * u_highlight_strength);
    rgb = mix(rgb, vec3(1.0), 0.45 * u_highlight_strength);
  }
  if (u_emphasis > 0.5) {
    // A light rim 1.5 px inside the edge sets the emphasised arc apart from the ones below it.
    float rim = smoothstep(v_half_width - 2.0, v_half_width - 1.0, distanceFromCentre);
    rgb = mix(rgb, vec3(1.0), 0.85 * rim);
    alpha = 1.0;
  }
  float a = alpha * coverage * u_opacity;
  if (a <= 0.0) discard;
  fragColor = vec4(rgb * a, a); // MapLibre blends premultiplied alpha
#endif
}
`;

/**
 * A hairline (1 device px, no antialiasing fringe) interpolates only where a pixel is along the arc, for
 * dashes (and the flow pulse when it runs); the rest is worked out per arc. Software WebGL pays for every
 * value a fragment reads: three here, one interpolated, without the pulse, against the ribbons' nine, and a
 * 50,000-arc redraw of the world view (basemap included) took about a quarter less time.
 */
const HAIRLINE_FRAGMENT_SOURCE = /* glsl */ `
precision highp float;

in float v_along_px;
flat in vec4 v_color;
flat in vec2 v_dash;
#ifdef FLOW
in float v_t;
flat in float v_min_alpha;
flat in float v_head;
#endif

uniform float u_opacity;

out vec4 fragColor;
${FLOW_CONSTANTS}
void main() {
  float coverage = 1.0;
  if (v_dash.y > 0.0) {
    float p = mod(v_along_px, v_dash.x + v_dash.y);
    coverage = clamp(min(p, v_dash.x - p) + 0.5, 0.0, 1.0);
  }
  vec3 rgb = v_color.rgb;
  float alpha = v_color.a;
#ifdef FLOW
  float behind = v_head - v_t;
  float glow = behind < 0.0 ? 0.0 : clamp(1.0 - behind / FLOW_TAIL, 0.0, 1.0);
  glow *= glow;
  alpha = max(mix(alpha * 0.55, 1.0, glow), v_min_alpha);
  rgb = mix(rgb, vec3(1.0), 0.6 * glow);
#endif
  float a = alpha * coverage * u_opacity;
  fragColor = vec4(rgb * a, a); // premultiplied: a = 0 leaves the pixel as it was
}
`;

/** Arcs drawn as ribbons, as hairlines (with the flow pulse running or not), or as ribbons in pick colours. */
export type ArcShaderVariant = 'ribbons' | 'hairlines' | 'flowing-hairlines' | 'picking';

const VARIANT_DEFINES: Record<ArcShaderVariant, string> = {
  ribbons: '',
  hairlines: '#define HAIRLINE',
  'flowing-hairlines': '#define HAIRLINE\n#define FLOW',
  picking: '#define PICKING',
};

export function buildVertexSource(projection: ProjectionShaderSource, variant: ArcShaderVariant): string {
  return `#version 300 es
${VARIANT_DEFINES[variant]}
${projection.vertexShaderPrelude}
${projection.define}
${VERTEX_MAIN}`;
}

export function buildFragmentSource(variant: ArcShaderVariant): string {
  if (variant === 'hairlines' || variant === 'flowing-hairlines')
    return `#version 300 es\n${VARIANT_DEFINES[variant]}\n${HAIRLINE_FRAGMENT_SOURCE}`;
  return variant === 'picking'
    ? FRAGMENT_SOURCE.replace('#version 300 es', '#version 300 es\n#define PICKING')
    : FRAGMENT_SOURCE;
}
