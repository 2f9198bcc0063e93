// OpenLayers styles for every layer. Style functions cache their Style objects by key.
import type { FeatureLike } from 'ol/Feature.js';
import CircleStyle from 'ol/style/Circle.js';
import Fill from 'ol/style/Fill.js';
import RegularShape from 'ol/style/RegularShape.js';
import Stroke from 'ol/style/Stroke.js';
import Style from 'ol/style/Style.js';
import Text from 'ol/style/Text.js';
import type ImageStyle from 'ol/style/Image.js';
import {
  BELT_COLOR,
  FACILITY,
  FONT_FAMILY,
  ROAD_CLASS,
  ZONE_COLOR,
  type FacilityKind,
  type RoadClass,
  type SymbolShape,
} from './catalog';
import { MEDICAL_COLOR, minutesColor } from './logic/rules';
import { shortSiteLabel } from './logic/siting';

export function rgba(hex: string, alpha: number): string {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? h.replace(/./g, (c) => c + c) : h, 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

function label(text: string, size: number, color: string, opts: { bold?: boolean; halo?: string; placement?: 'point' | 'line'; offsetY?: number } = {}): Text {
  return new Text({
    text,
    font: `${opts.bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`,
    fill: new Fill({ color }),
    stroke: new Stroke({ color: opts.halo ?? 'rgba(255,255,255,0.92)', width: 3 }),
    placement: opts.placement ?? 'point',
    offsetY: opts.offsetY ?? 0,
    overflow: opts.placement !== 'line',
    padding: [2, 2, 2, 2],
  });
}

// ---------------------------------------------------------------- symbols

interface ShapeSpec {
  points: number;
  radiusFactor: number;
  radius2Factor?: number;
  angle: number;
}

const SHAPES: Record<Exclude<SymbolShape, 'circle'>, ShapeSpec> = {
  square: { points: 4, radiusFactor: 1.25, angle: Math.PI / 4 },
  triangle: { points: 3, radiusFactor: 1.35, angle: 0 },
  diamond: { points: 4, radiusFactor: 1.35, angle: 0 },
  star: { points: 5, radiusFactor: 1.5, radius2Factor: 0.65, angle: 0 },
  cross: { points: 4, radiusFactor: 1.45, radius2Factor: 0.5, angle: Math.PI / 4 },
  pentagon: { points: 5, radiusFactor: 1.2, angle: 0 },
  hexagon: { points: 6, radiusFactor: 1.2, angle: 0 },
};

export function symbol(shape: SymbolShape, radius: number, fill: string, stroke = '#ffffff', strokeWidth = 1.5): ImageStyle {
  const f = new Fill({ color: fill });
  const s = new Stroke({ color: stroke, width: strokeWidth });
  if (shape === 'circle') return new CircleStyle({ radius, fill: f, stroke: s, declutterMode: 'obstacle' });
  const spec = SHAPES[shape];
  return new RegularShape({
    points: spec.points,
    radius: radius * spec.radiusFactor,
    radius2: spec.radius2Factor !== undefined ? radius * spec.radiusFactor * spec.radius2Factor : undefined,
    angle: spec.angle,
    fill: f,
    stroke: s,
    declutterMode: 'obstacle',
  });
}

/** The same symbol as an inline SVG, for the legend. */
export function symbolSvg(shape: SymbolShape, fill: string, size = 16, stroke = '#ffffff'): string {
  const c = size / 2;
  const r = size * 0.3;
  if (shape === 'circle') {
    return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><circle cx="${c}" cy="${c}" r="${r}" fill="${fill}" stroke="${stroke}" stroke-width="1.2"/></svg>`;
  }
  const spec = SHAPES[shape];
  const outer = r * spec.radiusFactor;
  const inner = spec.radius2Factor !== undefined ? outer * spec.radius2Factor : undefined;
  const count = inner !== undefined ? spec.points * 2 : spec.points;
  const pts: string[] = [];
  for (let i = 0; i < count; i++) {
    const rr = inner !== undefined && i % 2 === 1 ? inner : outer;
    const a = -Math.PI / 2 + spec.angle + (i * 2 * Math.PI) / count;
    pts.push(`${(c + rr * Math.cos(a)).toFixed(2)},${(c + rr * Math.sin(a)).toFixed(2)}`);
  }
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><polygon points="${pts.join(' ')}" fill="${fill}" stroke="${stroke}" stroke-width="1.2"/></svg>`;
}

export function lineSvg(color: string, width: number, opts: { casing?: string; dash?: string; halo?: string } = {}): string {
  const parts: string[] = [];
  if (opts.halo) parts.push(`<line x1="1" y1="8" x2="23" y2="8" stroke="${opts.halo}" stroke-width="${width + 6}" stroke-linecap="round"/>`);
  if (opts.casing) parts.push(`<line x1="1" y1="8" x2="23" y2="8" stroke="${opts.casing}" stroke-width="${width + 2}" stroke-linecap="round"/>`);
  parts.push(`<line x1="1" y1="8" x2="23" y2="8" stroke="${color}" stroke-width="${width}" ${opts.dash ? `stroke-dasharray="${opts.dash}"` : ''}/>`);
  return `<svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true">${parts.join('')}</svg>`;
}

export function areaSvg(fill: string, stroke: string, dash?: string): string {
  return `<svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true"><rect x="2" y="2" width="20" height="12" fill="${fill}" stroke="${stroke}" stroke-width="1.5" ${dash ? `stroke-dasharray="${dash}"` : ''}/></svg>`;
}

// ---------------------------------------------------------------- base layers

const str = (f: FeatureLike, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v : '';
};

export const districtStyle = [
  new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 6 }) }),
  new Style({ stroke: new Stroke({ color: '#5a3d2b', width: 2.5, lineDash: [12, 4, 2, 4] }) }),
];

const zoneCache = new Map<string, Style>();
export function zoneStyle(f: FeatureLike, resolution: number): Style {
  const id = str(f, 'id');
  const showLabel = resolution < 120;
  const key = `${id}|${showLabel}`;
  let s = zoneCache.get(key);
  if (!s) {
    const color = ZONE_COLOR[id] ?? '#888888';
    s = new Style({
      fill: new Fill({ color: rgba(color, 0.13) }),
      stroke: new Stroke({ color: rgba(color, 0.85), width: 2 }),
      text: showLabel ? label(str(f, 'name'), 15, color, { bold: true }) : undefined,
      zIndex: 1,
    });
    zoneCache.set(key, s);
  }
  return s;
}

const beltCache = new Map<string, Style>();
export function beltStyle(f: FeatureLike, resolution: number): Style {
  const id = str(f, 'id');
  const showLabel = resolution < 40;
  const key = `${id}|${showLabel}`;
  let s = beltCache.get(key);
  if (!s) {
    const color = BELT_COLOR[id] ?? '#2b8cbe';
    s = new Style({
      fill: new Fill({ color: rgba(color, 0.18) }),
      stroke: new Stroke({ color, width: 1.5, lineDash: [6, 4] }),
      text: showLabel ? label(str(f, 'name'), 12, color, { bold: true, offsetY: 16 }) : undefined,
    });
    beltCache.set(key, s);
  }
  return s;
}

const streetCache = new Map<string, Style>();
export function streetStyle(f: FeatureLike, resolution: number): Style {
  const showLabel = resolution < 32;
  const name = str(f, 'name');
  const key = `${name}|${showLabel}`;
  let s = streetCache.get(key);
  if (!s) {
    s = new Style({
      // A fully transparent fill keeps the interior clickable.
      fill: new Fill({ color: 'rgba(0,0,0,0)' }),
      stroke: new Stroke({ color: '#7a6a5a', width: 1.2, lineDash: [4, 4] }),
      text: showLabel ? label(name, 12, '#5a4634') : undefined,
    });
    streetCache.set(key, s);
  }
  return s;
}

const waterCache = new Map<string, Style>();
export function waterStyle(f: FeatureLike, resolution: number): Style {
  const isRiver = str(f, 'kind') === 'river';
  const showLabel = isRiver ? resolution < 150 : resolution < 45;
  const name = str(f, 'name');
  const key = `${name}|${showLabel}`;
  let s = waterCache.get(key);
  if (!s) {
    s = new Style({
      fill: new Fill({ color: '#b5d3ea' }),
      stroke: new Stroke({ color: '#7fb0d6', width: 1 }),
      text: showLabel ? label(name, isRiver ? 14 : 12, '#1d5b8f', { bold: isRiver, halo: 'rgba(230,242,250,0.9)' }) : undefined,
      zIndex: 2,
    });
    waterCache.set(key, s);
  }
  return s;
}

export function communityRadius(population: unknown): number {
  const p = typeof population === 'number' && population > 0 ? population : 0;
  return Math.min(12, 2.5 + Math.sqrt(p) / 28);
}

const communityCache = new Map<string, Style>();
export function communityStyle(f: FeatureLike, resolution: number): Style {
  const r = Math.round(communityRadius(f.get('population')) * 2) / 2;
  const showLabel = resolution < 6;
  const name = showLabel ? str(f, 'name') : '';
  const key = `${r}|${name}`;
  let s = communityCache.get(key);
  if (!s) {
    s = new Style({
      image: symbol('circle', r, 'rgba(128,96,170,0.72)', '#ffffff', 1),
      text: showLabel ? label(name, 11, '#4a3570', { offsetY: -r - 8 }) : undefined,
      zIndex: 5,
    });
    communityCache.set(key, s);
  }
  return s;
}

// ---------------------------------------------------------------- roads

function roadScale(resolution: number): number {
  if (resolution > 30) return 0.55;
  if (resolution > 15) return 0.7;
  if (resolution > 7) return 0.9;
  if (resolution > 3) return 1.2;
  return 1.6;
}

const UNLABELLED_ROADS = new Set(['', '街坊路', '无名道路', '匝道']);

const roadCache = new Map<string, Style[]>();
export function roadStyle(f: FeatureLike, resolution: number): Style[] {
  const cls = (str(f, 'class') || 'local') as RoadClass;
  const spec = ROAD_CLASS[cls] ?? ROAD_CLASS.local;
  const bridge = f.get('bridge') === true;
  const planned = str(f, 'status') === 'planned';
  const scale = roadScale(resolution);
  const name = str(f, 'name');
  const major = cls === 'expressway' || cls === 'arterial';
  const showLabel = !UNLABELLED_ROADS.has(name) && (major ? resolution < 12 : cls !== 'local' && cls !== 'path' && resolution < 5);
  const key = `${cls}|${bridge}|${planned}|${scale}|${showLabel ? name : ''}`;
  let styles = roadCache.get(key);
  if (!styles) {
    const w = Math.max(0.8, spec.width * scale);
    const z = spec.zIndex + (bridge ? 100 : 0);
    styles = [];
    if (bridge) {
      // Bridges: a dark, wide casing so they stand out from the at-grade network.
      styles.push(new Style({ stroke: new Stroke({ color: '#2f2f2f', width: w + 5, lineCap: 'butt' }), zIndex: z - 0.5 }));
    }
    if (!planned) {
      styles.push(new Style({ stroke: new Stroke({ color: spec.casing, width: w + 1.6 }), zIndex: z }));
    }
    styles.push(
      new Style({
        stroke: new Stroke({
          color: planned ? spec.casing : spec.color,
          width: planned ? Math.max(1.5, w) : w,
          lineDash: planned ? [8, 6] : undefined,
          lineCap: planned ? 'butt' : 'round',
        }),
        zIndex: z + 0.5,
        text: showLabel ? label(name, major ? 12 : 11, '#3b2f1e', { placement: 'line' }) : undefined,
      }),
    );
    roadCache.set(key, styles);
  }
  return styles;
}

const skeletonCache = new Map<string, Style[]>();
/** 七横九纵: a wide translucent band under the road (its label is drawn above the roads by skeletonLabelStyle). */
export function skeletonStyle(f: FeatureLike, resolution: number): Style[] {
  const scale = roadScale(resolution);
  const dir = str(f, 'skeleton');
  const key = `${dir}|${scale}`;
  let s = skeletonCache.get(key);
  if (!s) {
    const color = dir === 'east-west' ? '#d7301f' : '#b30086';
    s = [
      new Style({ stroke: new Stroke({ color: rgba(color, 0.28), width: 10 * scale + 4 }), zIndex: 0 }),
      new Style({ stroke: new Stroke({ color: rgba(color, 0.9), width: 1.5 }), zIndex: 200 }),
    ];

    skeletonCache.set(key, s);
  }
  return s;
}

const skeletonLabelCache = new Map<string, Style>();
/** Once per skeleton road (the segment marked `skeleton_label`): 横·name or 纵·name, bold, in the band's colour. */
export function skeletonLabelStyle(f: FeatureLike): Style | undefined {
  if (f.get('skeleton_label') !== true) return undefined;
  const dir = str(f, 'skeleton');
  // 三环线 is one of both the 七横 and the 九纵 (skeleton_also).
  const both = str(f, 'skeleton_also') !== '' && str(f, 'skeleton_also') !== dir;
  const text = `${both ? '横纵' : dir === 'east-west' ? '横' : '纵'}·${str(f, 'name')}`;
  let s = skeletonLabelCache.get(text);
  if (!s) {
    s = new Style({ text: label(text, 12, dir === 'east-west' ? '#b2182b' : '#8e0067', { bold: true }) });
    skeletonLabelCache.set(text, s);
  }
  return s;
}

// ---------------------------------------------------------------- facilities

const facilityCache = new Map<string, Style>();
export function facilityStyle(f: FeatureLike, resolution: number): Style {
  const kind = str(f, 'kind') as FacilityKind;
  const spec = FACILITY[kind] ?? { zh: kind, color: '#555555', shape: 'circle' as const };
  const status = str(f, 'status');
  const synthetic = str(f, 'accuracy') === 'synthetic';
  const showLabel = resolution < 8;
  const name = showLabel ? str(f, 'name') : '';
  const key = `${kind}|${status}|${synthetic}|${name}`;
  let s = facilityCache.get(key);
  if (!s) {
    const r = kind === 'hospital' ? 7 : 5.5;
    // Synthetic stand-ins get a grey outline, hand-placed (named) facilities a dark one.
    const outline = status === 'under-construction' ? '#ff00ff' : synthetic ? '#ffffff' : '#111111';
    s = new Style({
      image: symbol(spec.shape, r, spec.color, outline, synthetic ? 1.2 : 1.8),
      text: showLabel ? label(name, 11, spec.color, { offsetY: -r - 9 }) : undefined,
      zIndex: 10,
    });
    facilityCache.set(key, s);
  }
  return s;
}

const siteCache = new Map<string, Style>();
export function candidateSiteStyle(f: FeatureLike, resolution: number): Style {
  const showLabel = resolution < 8;
  const name = showLabel ? str(f, 'name') : '';
  let s = siteCache.get(name);
  if (!s) {
    s = new Style({
      image: new RegularShape({
        points: 4,
        radius: 8,
        angle: Math.PI / 4,
        fill: new Fill({ color: 'rgba(255,214,0,0.35)' }),
        stroke: new Stroke({ color: '#8a6d00', width: 2, lineDash: [3, 2] }),
        declutterMode: 'obstacle',
      }),
      text: showLabel ? label(name, 11, '#6b5400', { offsetY: -16 }) : undefined,
      zIndex: 9,
    });
    siteCache.set(name, s);
  }
  return s;
}

// ---------------------------------------------------------------- analysis results

export const COVERED_COLOR = '#1a9641';
export const UNCOVERED_COLOR = '#d7191c';
export const ISOCHRONE_COLOR = '#2166ac';

const coverageCache = new Map<string, Style>();
export function coverageCommunityStyle(f: FeatureLike, resolution: number): Style {
  const covered = f.get('covered') === true;
  const r = Math.round((communityRadius(f.get('population')) + 1) * 2) / 2;
  const showLabel = resolution < 6 || (!covered && resolution < 12);
  const name = showLabel ? str(f, 'name') : '';
  const key = `${covered}|${r}|${name}`;
  let s = coverageCache.get(key);
  if (!s) {
    const color = covered ? COVERED_COLOR : UNCOVERED_COLOR;
    s = new Style({
      image: symbol('circle', r, rgba(color, 0.85), '#ffffff', 1.5),
      text: showLabel ? label(name, 11, color, { offsetY: -r - 8 }) : undefined,
      zIndex: covered ? 20 : 21,
    });
    coverageCache.set(key, s);
  }
  return s;
}

/** Service circles are always blue, so that they never read as the green/red of covered communities. */
export function isochroneStyleFor(color = ISOCHRONE_COLOR): (f: FeatureLike) => Style {
  const single = new Style({
    fill: new Fill({ color: rgba(color, 0.1) }),
    stroke: new Stroke({ color: rgba(color, 0.45), width: 1 }),
  });
  const union = new Style({
    fill: new Fill({ color: rgba(color, 0.08) }),
    stroke: new Stroke({ color: rgba(color, 0.95), width: 2.2 }),
    zIndex: 5,
  });
  return (f) => (f.get('dissolved') === true ? union : single);
}

// ---------------------------------------------------------------- label split

type StyleFn = (f: FeatureLike, resolution: number) => Style | Style[];

/**
 * Splits a style function into a geometry-only and a label-only one, so that area labels can be drawn
 * in a layer above the road network while their fills stay below it.
 */
export function splitLabels(fn: StyleFn): { body: StyleFn; labels: StyleFn } {
  const bodies = new WeakMap<Style, Style>();
  const texts = new WeakMap<Style, Style | null>();
  const body = (s: Style): Style => {
    let b = bodies.get(s);
    if (!b) {
      b = new Style({ fill: s.getFill() ?? undefined, stroke: s.getStroke() ?? undefined, image: s.getImage() ?? undefined, zIndex: s.getZIndex() });
      bodies.set(s, b);
    }
    return b;
  };
  const text = (s: Style): Style | null => {
    let t = texts.get(s);
    if (t === undefined) {
      const txt = s.getText();
      t = txt ? new Style({ text: txt, zIndex: s.getZIndex() }) : null;
      texts.set(s, t);
    }
    return t;
  };
  return {
    body: (f, r) => {
      const s = fn(f, r);
      return Array.isArray(s) ? s.map(body) : body(s);
    },
    labels: (f, r) => {
      const s = fn(f, r);
      return (Array.isArray(s) ? s : [s]).map(text).filter((x): x is Style => x !== null);
    },
  };
}

export const highlightStyle = new Style({
  stroke: new Stroke({ color: '#00bcd4', width: 4 }),
  fill: new Fill({ color: 'rgba(0,188,212,0.12)' }),
  image: new CircleStyle({ radius: 11, stroke: new Stroke({ color: '#00bcd4', width: 3 }), fill: new Fill({ color: 'rgba(0,188,212,0.15)' }) }),
  zIndex: 1000,
});

/** Communities coloured by minutes to their nearest facility, relative to the budget (see MINUTES_RAMP). */
export function coverageMinutesStyle(budget: number): (f: FeatureLike, resolution: number) => Style {
  const cache = new Map<string, Style>();
  return (f, resolution) => {
    const color = minutesColor(f.get('minutes'), budget);
    const r = Math.round((communityRadius(f.get('population')) + 1) * 2) / 2;
    const name = resolution < 6 ? str(f, 'name') : '';
    const key = `${color}|${r}|${name}`;
    let s = cache.get(key);
    if (!s) {
      s = new Style({ image: symbol('circle', r, rgba(color, 0.9), '#ffffff', 1.5), text: name ? label(name, 11, '#333', { offsetY: -r - 8 }) : undefined, zIndex: 20 });
      cache.set(key, s);
    }
    return s;
  };
}

/** Routes a community takes to what it reaches, coloured by the facility kind. */
export function routeStyle(f: FeatureLike): Style[] {
  const color = FACILITY[f.get('kind') as FacilityKind]?.color ?? '#333';
  return [new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 6 }), zIndex: 1 }), new Style({ stroke: new Stroke({ color, width: 3.5 }), zIndex: 2 })];
}

const CIRCLE_AREA = new Style({ fill: new Fill({ color: 'rgba(230,97,1,0.14)' }), stroke: new Stroke({ color: '#e66101', width: 2 }) });
const CIRCLE_NET = new Style({ stroke: new Stroke({ color: 'rgba(230,97,1,0.8)', width: 1.5 }) });
const CIRCLE_COMMUNITY = new Style({ image: symbol('circle', 5, '#7b3294', '#ffffff', 1.5) });
/** One facility's circle: the area, the reached network and the communities inside. */
export function facilityCircleStyle(f: FeatureLike): Style {
  const part = f.get('part');
  return part === 'community' ? CIRCLE_COMMUNITY : part === 'network' ? CIRCLE_NET : CIRCLE_AREA;
}

const medicalCache = new Map<string, Style>();
/** The four medical emergency circles, each in its own colour and labelled. */
export function medicalStyle(f: FeatureLike): Style {
  const id = String(f.get('circle'));
  let s = medicalCache.get(id);
  if (!s) {
    const color = MEDICAL_COLOR[id] ?? '#888888';
    s = new Style({ fill: new Fill({ color: rgba(color, 0.16) }), stroke: new Stroke({ color, width: 2.5 }), text: label(`${str(f, 'name')}急救圈`, 13, color, { bold: true }) });
    medicalCache.set(id, s);
  }
  return s;
}

const proposedStyle = new Style({
  // Always drawn, even in a decluttered layer; the labels keep clear of it.
  image: new RegularShape({ points: 5, radius: 12, radius2: 5.5, fill: new Fill({ color: '#d7191c' }), stroke: new Stroke({ color: '#ffffff', width: 1.5 }), declutterMode: 'obstacle' }),
  zIndex: 10,
});
const userPointStyle = new Style({
  image: new CircleStyle({ radius: 6, fill: new Fill({ color: 'rgba(255,255,255,0.9)' }), stroke: new Stroke({ color: '#d7191c', width: 2.5 }), declutterMode: 'none' }),
});

/** 选址: proposed sites as red stars labelled 拟建 (示意); the planner's own candidate points as rings. */
export function proposedSiteStyle(f: FeatureLike): Style[] {
  if (f.get('user_point')) return [userPointStyle];
  // The label sits above the star, so that its halo never hides the symbol.
  return [proposedStyle, new Style({ text: label(`${shortSiteLabel(str(f, 'name'))}（示意）`, 12, '#a50f15', { bold: true, offsetY: -27 }) })];
}
