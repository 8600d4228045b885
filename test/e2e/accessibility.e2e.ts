// Accessibility of the whole demo page, all ten sections, as a user meets it: a keyboard-only walk
// (every control reached, focus always visible, no trap, focus kept after a save and a dialog),
// target size (WCAG 2.5.8), live announcements of every save, reflow at 320 CSS px (1.4.10), text
// spacing (1.4.12), text at 200 % (1.4.4), images of text (1.4.5), non-text contrast (1.4.11), content
// on hover or focus (1.4.13), motion (2.2.2, 2.3.1) and pointer input (2.5.1, 2.5.2).
// stories/docs/accessibility.mdx maps the WCAG criteria to these tests; keep their titles in step with it.
// The measuring runs in the page (`installProbes`): it walks every shadow root.
import type { Locator, Page } from '@playwright/test';
import { SECTION_NAMES } from '../../packages/elements/src/section/events.ts';
import { changePassword, expect, openSettings, test, type TestBackend } from './fixtures.js';

/** The ten sections, by the name `<profile-settings>` gives each (`data-section`). */
const SECTIONS = SECTION_NAMES;

/** A control as the probes describe it: where it is and what it is called. */
interface Control {
  /** The section it is in; `section list` for `<profile-settings>`' own, `page` for the demo's top bar. */
  section: string;
  /** `tag[type] "name"`, for messages. */
  label: string;
  /** A radio's group (section and name): the group is one tab stop (arrow keys move within it). */
  group: string | null;
}

/** The deep active element: where it is, and whether it shows focus. */
interface Focused {
  /** Index in the list `collect()` made; -1 when nothing in the page has focus (body), -2 when not listed. */
  index: number;
  label: string;
  /** Inside the demo's <main> (the elements), crossing shadow roots. */
  inPage: boolean;
  focusVisible: boolean;
  /** Something else is on top of its centre (WCAG 2.4.11: focus not hidden by author content). */
  obscured: boolean;
}

interface Target {
  label: string;
  width: number;
  height: number;
  /** Why it passes or fails WCAG 2.5.8: `size`, `spacing` (the exception), or what it is too close to. */
  verdict: string;
}

/** What `installProbes` puts on `window.a11y`. */
interface Probes {
  /** Lists the page's tab stops (kept for `active()`), in document order, shadow roots included. */
  collect(): Control[];
  active(): Focused;
  /** The computed focus styles of a listed control and its two nearest ancestors, as text. */
  look(index: number): string;
  /** Every interactive control in the sections, with its WCAG 2.5.8 verdict. */
  targets(): Target[];
  /** Elements of the sections (or the document) whose content is wider or taller than their box. */
  overflow(): string[];
  /** Applies WCAG 1.4.12's text spacing to the document and every shadow root. */
  spaceText(): void;
  /** Text that is cut off by its box or that overlaps other text. */
  hiddenText(): string[];
  /** Images, canvases, SVGs and CSS images in the sections that are not text nor the profile image. */
  images(): { avatars: string[]; problems: string[] };
  /** Focuses every listed control of the sections in turn and measures its focus ring (WCAG 1.4.11). */
  rings(): Ring[];
  /** The accent colour of every checkbox and radio, against what it sits on (WCAG 1.4.11). */
  marks(): Ring[];
  /** Remembers which elements are visible now, and the state of every control. */
  remember(): void;
  /** Elements visible now that were not when `remember()` ran. */
  newlyShown(): string[];
  /** Controls whose state (value, checked, pressed, expanded, type) changed since `remember()`. */
  changed(): string[];
  /** Scrolls a listed control into view; its centre, and the centre of its section's title. */
  centre(index: number): { x: number; y: number; away: { x: number; y: number } };
  /** Every animation of the document and its shadow roots, with its timing. */
  animations(): Motion[];
}

/** A contrast measured for WCAG 1.4.11: a ring or mark and what is around it. */
interface Ring {
  label: string;
  /** Contrast of the colour against its backdrop; 0 when there was nothing to measure. */
  ratio: number;
  /** What was compared, for messages. */
  colours: string;
}

interface Motion {
  target: string;
  name: string;
  playState: string;
  iterations: number;
  /** One iteration, in ms. */
  duration: number;
  /** The animation's end, in ms (Infinity when it repeats forever). */
  endTime: number;
}

declare global {
  interface Window {
    a11y: Probes;
  }
}

/**
 * Runs in the page: defines `window.a11y`. Self-contained (Playwright sends its source).
 */
function installProbes(): void {
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
  const FOCUSABLE = `${INTERACTIVE}, [tabindex], [contenteditable="true"], [contenteditable=""]`;

  /** Every element under `root`, shadow roots included, in document order. */
  function* deep(root: Document | ShadowRoot | Element): Generator<Element> {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* deep(el.shadowRoot);
    }
  }
  /** The parent across shadow boundaries (a shadow root's host). */
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

  const sections = (): HTMLElement[] => {
    const page = document.querySelector('profile-settings')!;
    return [
      ...page.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]'),
      ...page.querySelectorAll<HTMLElement>(':scope > [data-section]'),
    ];
  };
  const sectionOf = (el: Element): string => {
    let page = 'page';
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const name = (node as HTMLElement).dataset?.['section'];
      if (name) return name;
      if (node.localName === 'profile-settings') page = 'section list';
    }
    return page;
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => root.getElementById(id)?.textContent)
            .join(' ')
        : labels?.length
          ? [...labels].map((l) => l.textContent).join(' ')
          : el.textContent || el.getAttribute('part'));
    return clean(name).slice(0, 60);
  };
  const labelOf = (el: Element): string => {
    const type = el.localName === 'input' ? `[${(el as HTMLInputElement).type}]` : '';
    return `${sectionOf(el)}: ${el.localName}${type} "${nameOf(el)}"`;
  };
  /** Clipped away (`.visually-hidden`): not on screen, so neither a target nor visible text. */
  const clippedAway = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = parentOf(node))
      if (getComputedStyle(node).clipPath !== 'none') return true;
    return false;
  };
  const deepActive = (): Element | null => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === document.body ? null : active;
  };

  let list: Element[] = [];

  const collect = (): Control[] => {
    list = [...deep(document)].filter(
      (el) =>
        el.matches(FOCUSABLE) &&
        (el as HTMLElement).tabIndex >= 0 &&
        !el.matches(':disabled') &&
        !el.closest('[inert]') &&
        el.checkVisibility(),
    );
    return list.map((el) => {
      const radio = el as HTMLInputElement;
      return {
        section: sectionOf(el),
        label: labelOf(el),
        group: radio.type === 'radio' && radio.name ? `${sectionOf(el)}/${radio.name}` : null,
      };
    });
  };

  /** `el` (or its label) is what is hit at its centre, looking into shadow roots. */
  const onTop = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    let hit = document.elementFromPoint(x, y);
    for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); inner && inner !== hit;) {
      hit = inner;
      inner = hit.shadowRoot?.elementFromPoint(x, y);
    }
    const labels = [...((el as HTMLInputElement).labels ?? [])];
    return !!hit && (el.contains(hit) || labels.some((label) => label.contains(hit)));
  };

  const active = (): Focused => {
    const el = deepActive();
    let inPage = false;
    for (let node = el; node; node = parentOf(node)) if (node.localName === 'main') inPage = true;
    return {
      obscured: !!el && !onTop(el),
      // -2: focus on something `collect()` did not list.
      index: el ? (list.includes(el) ? list.indexOf(el) : -2) : -1,
      label: el ? labelOf(el) : '(body)',
      inPage,
      focusVisible: !!el?.matches(':focus-visible'),
    };
  };

  const look = (index: number): string => {
    const styles: string[] = [];
    let node: Element | null = list[index]!;
    for (let i = 0; node && i < 3; i++, node = parentOf(node)) {
      const s = getComputedStyle(node);
      // A transparent outline is the forced-colours fallback: invisible otherwise, so not counted.
      const outline =
        s.outlineStyle === 'none' ||
        parseFloat(s.outlineWidth) === 0 ||
        /, 0\)$|transparent/.test(s.outlineColor)
          ? 'none'
          : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
      styles.push(
        `outline ${outline}; box-shadow ${s.boxShadow}; border ${s.borderColor}; bg ${s.backgroundColor}`,
      );
    }
    return styles.join(' | ');
  };

  /** A rectangle's distance to a point (0 inside). */
  const distance = (r: DOMRect, x: number, y: number) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  const targets = (): Target[] => {
    const els = sections()
      .flatMap((s) => [s, ...deep(s.shadowRoot ?? s)])
      .filter((el) => el.matches(INTERACTIVE) && el.checkVisibility() && !clippedAway(el));
    // A label that wraps or names a control activates it: it is part of the control's target.
    const boxes = els.map((el) => {
      let r = el.getBoundingClientRect();
      for (const label of (el as HTMLInputElement).labels ?? []) {
        const l = label.getBoundingClientRect();
        const left = Math.min(r.left, l.left);
        const top = Math.min(r.top, l.top);
        r = new DOMRect(left, top, Math.max(r.right, l.right) - left, Math.max(r.bottom, l.bottom) - top);
      }
      return r;
    });
    const small = (r: DOMRect) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
    return els.map((el, i) => {
      const r = boxes[i]!;
      const own = el.getBoundingClientRect();
      let verdict = 'size';
      if (small(r)) {
        // WCAG 2.5.8's spacing exception: a 24 px circle on the target's centre meets no other target,
        // nor another undersized target's circle.
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const near = boxes.findIndex(
          (other, j) =>
            j !== i &&
            (distance(other, x, y) < 12 ||
              (small(other) &&
                Math.hypot(other.left + other.width / 2 - x, other.top + other.height / 2 - y) < 24)),
        );
        verdict = near === -1 ? 'spacing' : `too close to ${labelOf(els[near]!)}`;
      }
      return { label: labelOf(el), width: Math.round(own.width), height: Math.round(own.height), verdict };
    });
  };

  /** `el`'s content is wider or taller than its client box by more than a pixel (rounding). */
  const spills = (el: Element) =>
    el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
  const FORM_FIELDS = 'input, select, textarea';
  /** Inputs without a line of text. */
  const BOXES = '[type="checkbox"], [type="radio"], [type="range"], [type="file"], [type="color"]';

  const overflow = (): string[] => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      found.push(`document: ${doc.scrollWidth} > ${doc.clientWidth} px wide`);
    for (const section of sections()) {
      const box = section.getBoundingClientRect();
      if (section.scrollWidth > section.clientWidth + 1)
        found.push(`${sectionOf(section)}: ${section.scrollWidth} > ${section.clientWidth} px wide`);
      for (const el of deep(section.shadowRoot ?? section)) {
        if (!el.checkVisibility() || clippedAway(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width && (r.left < box.left - 1 || r.right > box.right + 1))
          found.push(
            `${labelOf(el)} sticks out of its section: ${Math.round(r.left)}–${Math.round(r.right)}`,
          );
        const s = getComputedStyle(el);
        const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
        if (clips && !el.matches(FORM_FIELDS) && clean(el.textContent) && spills(el))
          found.push(
            `${labelOf(el)} clips its content: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
          );
      }
    }
    return found;
  };

  const SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
    ' p { margin-bottom: 2em !important; }';
  const spaceText = () => {
    for (const root of [document, ...[...deep(document)].flatMap((el) => el.shadowRoot ?? [])]) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SPACING);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  };

  const hiddenText = (): string[] => {
    const found = overflow();
    // Each visible run of text in the sections, with the boxes its lines take.
    const runs: { el: Element; rects: DOMRect[] }[] = [];
    for (const section of sections())
      for (const el of [section, ...deep(section.shadowRoot ?? section)]) {
        if (!el.checkVisibility() || clippedAway(el)) continue;
        for (const node of (el.shadowRoot ?? el).childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !clean(node.textContent)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          runs.push({ el, rects: [...range.getClientRects()].filter((r) => r.width && r.height) });
        }
      }
    for (const { el, rects } of runs) {
      // Within every box that clips (overflow other than visible) and within its own control.
      for (let node: Element | null = el; node; node = parentOf(node)) {
        const s = getComputedStyle(node);
        const own = node === el && el.matches('button, label, legend, summary, option');
        if (!own && s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const box = node.getBoundingClientRect();
        const out = rects.find(
          (r) =>
            r.left < box.left - 1 ||
            r.right > box.right + 1 ||
            r.top < box.top - 1 ||
            r.bottom > box.bottom + 1,
        );
        if (out) found.push(`${labelOf(el)}: text outside ${node.localName}'s box`);
        if (node.localName === 'profile-settings') break;
      }
    }
    // A field's own text (its value, its chosen option) is out of reach of a range: its line must fit.
    for (const section of sections())
      for (const el of deep(section.shadowRoot ?? section)) {
        if (!el.matches(`select, input:not(${BOXES})`) || !el.checkVisibility() || clippedAway(el)) continue;
        const s = getComputedStyle(el);
        const room = el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);
        if (parseFloat(s.lineHeight) > room + 1)
          found.push(`${labelOf(el)}: a ${s.lineHeight} line in ${room} px`);
      }
    // No two runs of text on top of each other.
    const lines = runs.flatMap(({ el, rects }) => rects.map((r) => ({ el, r })));
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.el === b.el) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) found.push(`${labelOf(a.el)} overlaps ${labelOf(b.el)}`);
      }
    return [...new Set(found)];
  };

  /** Every element of the document, shadow roots included, that renders (opacity and visibility too). */
  const visible = () =>
    new Set(
      [...deep(document)].filter((el) =>
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      ),
    );
  /** The label of what an element is in its section, for messages. */
  const describe = (el: Element) =>
    `${sectionOf(el)}: ${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''} "${clean(el.textContent).slice(0, 40)}"`;

  const images = () => {
    const avatars: string[] = [];
    const problems: string[] = [];
    for (const section of sections())
      for (const el of [section, ...deep(section.shadowRoot ?? section)]) {
        const parts = (el.getAttribute('part') ?? '').split(/\s+/);
        const s = getComputedStyle(el);
        if (el.localName === 'img' || el.getAttribute('role') === 'img') {
          const alt = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '';
          if (!parts.includes('avatar'))
            problems.push(`${describe(el)}: an image that is not the profile image`);
          else if (!alt.trim()) problems.push(`${describe(el)}: no text alternative`);
          // An image role on an element: its content must be text (the initials), not a picture of it.
          else if (el.localName !== 'img' && (!clean(el.textContent) || s.backgroundImage !== 'none'))
            problems.push(`${describe(el)}: initials that are not text`);
          else avatars.push(`${el.localName}: ${alt}`);
        }
        if (el.localName === 'canvas') problems.push(`${describe(el)}: a canvas`);
        if (el.localName === 'svg' && el.querySelector('text, foreignObject'))
          problems.push(`${describe(el)}: an SVG with text in it`);
        for (const image of [s.backgroundImage, s.maskImage, s.listStyleImage, s.borderImageSource])
          if (/url\(/.test(image)) problems.push(`${describe(el)}: a CSS image ${image.slice(0, 80)}`);
        for (const pseudo of ['::before', '::after']) {
          const content = getComputedStyle(el, pseudo).content;
          if (/url\(/.test(content))
            problems.push(`${describe(el)}${pseudo}: an image ${content.slice(0, 80)}`);
        }
      }
    return { avatars, problems };
  };

  /** [r, g, b, a] of a computed colour: `rgb()`/`rgba()`, or `color(srgb …)` */
  const rgba = (colour: string): number[] => {
    const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(colour);
    if (srgb) return [+srgb[1]! * 255, +srgb[2]! * 255, +srgb[3]! * 255, srgb[4] ? +srgb[4] : 1];
    const n = (colour.match(/[\d.]+/g) ?? []).map(Number);
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const contrast = (a: string, b: string) => {
    const [la, lb] = [luminance(rgba(a)), luminance(rgba(b))];
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  };
  /** The first opaque background at or above `el`: what it is drawn on. */
  const backdrop = (el: Element | null): string => {
    for (let node = el; node; node = parentOf(node)) {
      const bg = getComputedStyle(node).backgroundColor;
      if (rgba(bg)[3]! >= 0.99) return bg;
    }
    // The canvas: the page's colour scheme decides it.
    return getComputedStyle(document.documentElement).colorScheme.includes('dark')
      ? 'rgb(18, 18, 18)'
      : 'rgb(255, 255, 255)';
  };
  /** The rings of a box shadow (spread only, no blur or offset), innermost first. */
  const ringsOf = (shadow: string) =>
    shadow
      .split(/,(?![^(]*\))/)
      .map((ring) => {
        const colour = /(rgba?\([^)]*\)|color\([^)]*\))/.exec(ring)?.[1] ?? '';
        const lengths =
          ring
            .replace(colour, '')
            .match(/-?[\d.]+px/g)
            ?.map(parseFloat) ?? [];
        return { colour, lengths };
      })
      .filter(
        (r) =>
          r.colour &&
          r.lengths.length === 4 &&
          r.lengths.slice(0, 3).every((l) => l === 0) &&
          r.lengths[3]! > 0,
      )
      .sort((a, b) => a.lengths[3]! - b.lengths[3]!);

  const rings = (): Ring[] => {
    collect();
    const found: Ring[] = [];
    for (const el of list) {
      if (sectionOf(el) === 'page') continue;
      (el as HTMLElement).focus({ preventScroll: true });
      const label = labelOf(el);
      if (!el.matches(':focus-visible')) {
        found.push({ label, ratio: 0, colours: 'not :focus-visible after focus()' });
        continue;
      }
      // The ring is the control's or, for a radio card, an ancestor's.
      let node: Element | null = el;
      for (let i = 0; node && i < 3 && !ringsOf(getComputedStyle(node).boxShadow).length; i++)
        node = parentOf(node);
      const shadow = node ? ringsOf(getComputedStyle(node).boxShadow) : [];
      if (shadow.length < 2) {
        found.push({
          label,
          ratio: 0,
          colours: `no two rings: ${node ? getComputedStyle(node).boxShadow : 'none'}`,
        });
        continue;
      }
      const outer = shadow.at(-1)!.colour;
      const inner = shadow.at(-2)!.colour;
      // The outer ring against the page around it, and against the inner ring (which sets it off
      // from a control of the accent's own colour).
      const around = backdrop(parentOf(node!));
      found.push({
        label,
        ratio: Math.min(contrast(outer, around), contrast(outer, inner)),
        colours: `ring ${outer} on ${around}, inside it ${inner}`,
      });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return found;
  };

  const marks = (): Ring[] =>
    sections()
      .flatMap((s) => [...deep(s.shadowRoot ?? s)])
      .filter((el) => el.matches('input[type="checkbox"], input[type="radio"]') && el.checkVisibility())
      .map((el) => {
        const accent = getComputedStyle(el).accentColor;
        const around = backdrop(parentOf(el));
        return {
          label: labelOf(el),
          ratio: accent === 'auto' ? 0 : contrast(accent, around),
          colours: `accent ${accent} on ${around}`,
        };
      });

  let before = new Set<Element>();
  let states = new Map<Element, string>();
  const stateOf = (el: Element) => {
    const input = el as HTMLInputElement;
    return [
      input.type,
      input.value,
      input.checked,
      el.getAttribute('aria-pressed'),
      el.getAttribute('aria-expanded'),
      el.getAttribute('aria-disabled'),
    ].join('|');
  };
  const remember = () => {
    before = visible();
    states = new Map(collect().map((_, i) => [list[i]!, stateOf(list[i]!)]));
  };
  const newlyShown = () => [...visible()].filter((el) => !before.has(el)).map(describe);
  const changed = () =>
    [...states]
      .filter(([el, state]) => stateOf(el) !== state)
      .map(([el, state]) => `${labelOf(el)}: ${state} → ${stateOf(el)}`);

  const centre = (index: number) => {
    const el = list[index]!;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    let title: Element | null = null;
    for (let node: Element | null = el; node && !title; node = parentOf(node))
      title = (node.shadowRoot ?? node).querySelector('h2');
    const t = (title ?? document.querySelector('h1')!).getBoundingClientRect();
    return {
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      away: { x: t.left + Math.min(t.width / 2, 20), y: t.top + t.height / 2 },
    };
  };

  const animations = (): Motion[] => {
    const roots: (Document | ShadowRoot)[] = [
      document,
      ...[...deep(document)].flatMap((el) => el.shadowRoot ?? []),
    ];
    const all = new Set(roots.flatMap((root) => root.getAnimations()));
    return [...all].map((a) => {
      const timing = a.effect!.getComputedTiming();
      const target = (a.effect as KeyframeEffect).target;
      return {
        target: target ? describe(target) : '(none)',
        name: (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? a.id,
        playState: a.playState,
        iterations: timing.iterations ?? 1,
        duration: Number(timing.duration) || 0,
        endTime: Number(timing.endTime ?? 0),
      };
    });
  };

  window.a11y = {
    collect,
    active,
    look,
    targets,
    overflow,
    spaceText,
    hiddenText,
    images,
    rings,
    marks,
    remember,
    newlyShown,
    changed,
    centre,
    animations,
  };
}

/** Opens the demo page, waits until every section shows its data, and installs the probes. */
async function openAll(page: Page, backend: TestBackend): Promise<void> {
  await openSettings(page, backend);
  await page.waitForFunction((names) => {
    const page = document.querySelector('profile-settings')!;
    const shown = [
      ...page.shadowRoot!.querySelectorAll('[data-section]'),
      ...page.querySelectorAll(':scope > [data-section]'),
    ];
    return names.every((name) =>
      shown.some((s) => (s as HTMLElement).dataset['section'] === name && s.matches(':state(ready)')),
    );
  }, SECTIONS);
  await page.evaluate(installProbes);
}

const active = (page: Page) => page.evaluate(() => window.a11y.active());

/** Presses `key` until `done` holds for the focused control; fails after `limit` presses. */
async function pressUntil(page: Page, key: string, done: (f: Focused) => boolean, limit = 100) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await active(page);
    if (done(focused)) return focused;
  }
  throw new Error(`${key} ${limit} times never reached the control`);
}

/**
 * One walk through the whole page with `key`, from the body until focus leaves the page or comes
 * round to the first stop again (the browser's UI is not there to take it). At each stop the
 * control must match `:focus-visible`, be on top at its centre (not under other content), and look
 * different (outline, box shadow, border or background of it or its two nearest ancestors) from how
 * it looks once focus has moved on.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number) {
  const stops: Focused[] = [];
  const problems: string[] = [];
  const look = (index: number) => page.evaluate((i) => window.a11y.look(i), index);
  let focusedLook = '';
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await active(page);
    const previous = stops.at(-1);
    if (previous && previous.index >= 0 && (await look(previous.index)) === focusedLook)
      problems.push(`${previous.label}: no visible focus indicator`);
    // Out of the page (the browser's own UI), or round to where the walk began: one full turn.
    if (focused.index === -1 || focused.index === stops[0]?.index) return { stops, problems };
    if (focused.index < -1) problems.push(`${focused.label}: focused, but not a listed control`);
    else if (previous?.index === focused.index) problems.push(`${key} stayed on ${focused.label}`);
    if (!focused.focusVisible) problems.push(`${focused.label}: not :focus-visible`);
    if (focused.obscured) problems.push(`${focused.label}: hidden under other content`);
    stops.push(focused);
    focusedLook = focused.index >= 0 ? await look(focused.index) : '';
  }
  problems.push(`${key} ${limit} times never left the page: a focus trap`);
  return { stops, problems };
}

test('Tab and Shift+Tab reach every control of every section, always show focus, and trap nowhere', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const controls = await page.evaluate(() => window.a11y.collect());
  expect(
    SECTIONS.filter((s) => !controls.some((c) => c.section === s)),
    'sections without controls',
  ).toEqual([]);
  // Twice the number of controls is room enough: a walk that needs more is going round in circles.
  const limit = controls.length * 2 + 5;

  const forward = await walk(page, 'Tab', limit);
  expect(forward.problems).toEqual([]);
  const reached = new Set(forward.stops.map((s) => s.index));
  const groups = new Set(forward.stops.map((s) => controls[s.index]!.group));
  const missed = controls.filter((c, i) => !reached.has(i) && !(c.group && groups.has(c.group)));
  expect(
    missed.map((c) => c.label),
    'controls Tab never reached',
  ).toEqual([]);

  const backward = await walk(page, 'Shift+Tab', limit);
  expect(backward.problems).toEqual([]);
  expect(
    backward.stops.map((s) => s.label),
    'Shift+Tab goes back the same way',
  ).toEqual(forward.stops.map((s) => s.label).reverse());
  // Focus alone changes nothing (WCAG 3.2.1): the walk sent no write and stayed on the page.
  expect(backend.faults.log.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(page.url()).toBe(backend.pageUrl);
});

const isNamed = (name: string) => (f: Focused) => f.label.endsWith(`"${name}"`);

/** Tabs to the field named `name` and types `text` over what it holds. */
async function typeInto(page: Page, name: string, text: string) {
  await pressUntil(page, 'Tab', isNamed(name));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The saves with a button, each done by keyboard alone: fields typed in, Enter on the button. */
const KEYBOARD_SAVES = [
  {
    section: 'profile',
    fill: (page: Page) => typeInto(page, 'Display name', 'Jane by keyboard'),
    button: 'Update Profile',
    message: 'Your profile has been updated successfully',
  },
  {
    section: 'signature',
    fill: (page: Page) => typeInto(page, 'Signature', 'Jane, by keyboard'),
    button: 'Save signature',
    message: 'Signature saved',
  },
  {
    section: 'password',
    fill: async (page: Page, backend: TestBackend) => {
      await typeInto(page, 'Current password', backend.server.demo.password);
      await typeInto(page, 'New password', 'E2e Passw0rd!');
      await typeInto(page, 'Confirm new password', 'E2e Passw0rd!');
    },
    button: 'Change password',
    message: 'Your password has been changed',
  },
];

for (const save of KEYBOARD_SAVES) {
  test(`a ${save.section} save by keyboard keeps focus in the page`, async ({ page, backend }) => {
    await openAll(page, backend);
    await save.fill(page, backend);
    await pressUntil(page, 'Tab', isNamed(save.button));
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-section="${save.section}"] [part~="status"][role]`)).toHaveText(
      save.message,
    );
    const focused = await active(page);
    expect(focused.inPage, `focus after the save: ${focused.label}`).toBe(true);
  });
}

test('the regenerate dialog opens and closes by keyboard, and focus returns to its button', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  await page.evaluate(() => window.a11y.collect());
  const regenerate = await pressUntil(page, 'Tab', isNamed('Regenerate token'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Regenerate your access token?' });
  await expect(dialog).toBeVisible();
  expect((await active(page)).label, 'focus moves into the dialog').toBe('access-token: button "Cancel"');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await active(page)).label, 'focus back on the button that opened it').toBe(regenerate.label);
  expect(
    backend.faults.log.filter((r) => r.method !== 'GET'),
    'nothing regenerated',
  ).toEqual([]);
});

test('every interactive control is at least 24 × 24 CSS px, or spaced as WCAG 2.5.8 allows', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const targets = await page.evaluate(() => window.a11y.targets());
  for (const section of SECTIONS)
    expect(
      targets.some((t) => t.label.startsWith(`${section}:`)),
      `${section} has controls`,
    ).toBe(true);
  expect(
    targets.filter((t) => t.verdict !== 'size' && t.verdict !== 'spacing'),
    'targets too small and too close',
  ).toEqual([]);
});

/** `action` makes the live region `region` (there before it, so screen readers hear the change) say `message`. */
async function expectAnnounced(region: Locator, message: string, action: () => Promise<void>) {
  await expect(region).toHaveCount(1);
  const live = await region.evaluate(
    (el) => /^(status|alert)$/.test(el.getAttribute('role') ?? '') || !!el.getAttribute('aria-live'),
  );
  expect(live, 'a live region').toBe(true);
  await expect(region).not.toHaveText(message);
  const node = await region.elementHandle();
  await action();
  await expect
    .poll(() => node!.evaluate((el) => (el.isConnected ? (el.textContent ?? '').trim() : '(removed)')))
    .toBe(message);
}

test('every save, and the token copy, is announced in a live region', async ({ page, context, backend }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(backend.pageUrl).origin,
  });
  await openAll(page, backend);
  const status = (section: string) => page.locator(`[data-section="${section}"] [part~="status"][role]`);
  const inSection = (section: string) => page.locator(`[data-section="${section}"]`);

  await test.step('profile', () =>
    expectAnnounced(status('profile'), 'Your profile has been updated successfully', async () => {
      await page.getByLabel('Display name').fill('Jane A11y');
      await page.getByRole('button', { name: 'Update Profile' }).click();
    }));
  await test.step('password', () =>
    expectAnnounced(status('password'), 'Your password has been changed', () =>
      changePassword(page, backend.server.demo.password, 'E2e Passw0rd!'),
    ));
  await test.step('a notification switch', () =>
    expectAnnounced(status('email'), 'Saved', () =>
      page.getByRole('checkbox', { name: 'Email You are mentioned in a conversation' }).check(),
    ));
  await test.step('availability', () =>
    expectAnnounced(status('availability'), 'Saved', () =>
      inSection('availability').getByRole('radio', { name: 'Busy', exact: true }).check(),
    ));
  await test.step('interface', () =>
    expectAnnounced(status('interface'), 'Saved', async () => {
      await inSection('interface').locator('[part~="font-size"]').selectOption('18');
    }));
  await test.step('signature', () =>
    expectAnnounced(status('signature'), 'Signature saved', async () => {
      await page.getByLabel('Signature', { exact: true }).fill('Jane, Acme');
      await page.getByRole('button', { name: 'Save signature' }).click();
    }));
  await test.step('hotkey', () =>
    expectAnnounced(status('hotkey'), 'Saved', () =>
      inSection('hotkey').getByRole('radio', { name: 'Enter', exact: true }).check(),
    ));
  await test.step('token copy', () =>
    expectAnnounced(status('access-token'), 'Copied', () =>
      page.getByRole('button', { name: 'Copy' }).click(),
    ));
});

test('at 320 CSS px wide the page reflows: no horizontal scrolling, nothing cut off', async ({
  page,
  backend,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openAll(page, backend);
  expect(await page.evaluate(() => window.a11y.overflow())).toEqual([]);
});

test('with WCAG 1.4.12 text spacing no text is cut off or overlaps', async ({ page, backend }) => {
  await openAll(page, backend);
  expect(await page.evaluate(() => window.a11y.hiddenText()), 'before').toEqual([]);
  await page.evaluate(() => window.a11y.spaceText());
  expect(await page.evaluate(() => window.a11y.hiddenText()), 'with the spacing').toEqual([]);
});

test('with text at 200 % (a 32 px root font) no text is cut off or overlaps', async ({ page, backend }) => {
  await openAll(page, backend);
  // The demo applies the agent's font size to <html> once it has loaded: after that, not to be undone.
  await page.waitForFunction(() => document.documentElement.style.fontSize !== '');
  // What a browser's text-only zoom does: the elements size their text and boxes in rem and em.
  await page.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  const titleSize = await page
    .locator('profile-details h2')
    .evaluate((h2) => parseFloat(getComputedStyle(h2).fontSize));
  expect(titleSize, 'the text is twice its size').toBeCloseTo(33.75);
  expect(await page.evaluate(() => window.a11y.hiddenText())).toEqual([]);
});

test('the only image is the profile image, with a text alternative; nothing draws text as a picture', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const { avatars, problems } = await page.evaluate(() => window.a11y.images());
  expect(problems).toEqual([]);
  // The demo user has no image: the stand-in is the initials, as text.
  expect(avatars, 'the profile image is there').toHaveLength(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`focus rings, checkboxes and radios have 3:1 contrast against their surroundings (${scheme})`, async ({
    page,
    backend,
  }) => {
    // The demo follows the system's scheme at start (its "Dark mode" box).
    await page.emulateMedia({ colorScheme: scheme });
    await openAll(page, backend);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      scheme === 'dark',
    );
    // One key press first: focus moved by a key makes the programmatic focus that follows visible.
    await page.keyboard.press('Tab');
    const rings = await page.evaluate(() => window.a11y.rings());
    for (const section of SECTIONS)
      expect(
        rings.some((r) => r.label.startsWith(`${section}:`)),
        `${section} has focusable controls`,
      ).toBe(true);
    expect(
      rings.filter((r) => r.ratio < 3).map((r) => `${r.label}: ${r.ratio.toFixed(2)} (${r.colours})`),
      'focus rings under 3:1',
    ).toEqual([]);
    const marks = await page.evaluate(() => window.a11y.marks());
    expect(marks.length, 'checkboxes and radios').toBeGreaterThan(10);
    expect(
      marks.filter((r) => r.ratio < 3).map((r) => `${r.label}: ${r.ratio.toFixed(2)} (${r.colours})`),
      'checkboxes and radios under 3:1',
    ).toEqual([]);
  });
}

test('hovering or focusing a control shows nothing new, so there is nothing to dismiss', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const controls = await page.evaluate(() => window.a11y.collect());
  const problems: string[] = [];
  // No title attribute either: the browser shows it as a tooltip on hover.
  const titled = await page.evaluate(() =>
    [...document.querySelectorAll('profile-settings, profile-settings *')]
      .flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('[title]') ?? [])])
      .filter((el) => el.hasAttribute('title'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(titled, 'title attributes (tooltips)').toEqual([]);
  await page.evaluate(() => window.a11y.remember());
  for (const [index, control] of controls.entries()) {
    if (control.section === 'page') continue;
    const { x, y } = await page.evaluate((i) => window.a11y.centre(i), index);
    await page.mouse.move(x, y);
    for (const shown of await page.evaluate(() => window.a11y.newlyShown()))
      problems.push(`hovering ${control.label} shows ${shown}`);
  }
  // Focus by keyboard: every Tab stop, as the keyboard walk reaches them.
  await page.mouse.move(0, 0);
  for (let i = 0; i < controls.length * 2; i++) {
    await page.keyboard.press('Tab');
    const focused = await active(page);
    if (focused.index === -1) break;
    for (const shown of await page.evaluate(() => window.a11y.newlyShown()))
      problems.push(`focusing ${focused.label} shows ${shown}`);
  }
  expect(problems).toEqual([]);
});

/** Animations that repeat forever or run longer than 5 s, or that could flash (over 3 times a second). */
async function motionProblems(page: Page): Promise<string[]> {
  const motions = await page.evaluate(() => window.a11y.animations());
  return motions
    .filter((m) => m.playState !== 'finished' && m.playState !== 'idle')
    .filter(
      (m) =>
        m.iterations === Infinity ||
        m.endTime === Infinity ||
        m.endTime > 5000 ||
        (m.iterations > 1 && m.duration > 0 && 1000 / m.duration > 3),
    )
    .map((m) => `${m.target}: ${m.name} ${m.playState}, ${m.iterations} × ${m.duration} ms`);
}

test('nothing moves for more than 5 s, repeats forever or flashes, after loading and after a save', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  expect(await motionProblems(page), 'after loading').toEqual([]);
  await page.getByLabel('Display name').fill('Jane Motion');
  await page.getByRole('button', { name: 'Update Profile' }).click();
  await expect(page.locator('[data-section="profile"] [part~="status"][role]')).toHaveText(
    'Your profile has been updated successfully',
  );
  await page.locator('[data-section="hotkey"]').getByRole('radio', { name: 'Enter', exact: true }).check();
  await expect(page.locator('[data-section="hotkey"] [part~="status"][role]')).toHaveText('Saved');
  expect(await motionProblems(page), 'after a save').toEqual([]);
});

test('nothing needs a path or multi-point gesture: the image has a button, the volume a click or a key', async ({
  page,
  backend,
}) => {
  // Which pointer-path and multi-touch events the page's own scripts listen for, from the first
  // script on (Playwright's injected script listens too: it is not the page's).
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      // The first caller served by the page's server (a module of the page or of lit, which adds the
      // templates' @event listeners); none for Playwright's own script.
      const caller = new Error().stack
        ?.split('\n')
        .slice(2)
        .find((line) => line.includes(location.origin));
      const from = caller && /\/([\w.-]+?\.[jt]s)(?:\?[^:]*)?:\d+:\d+\)?$/.exec(caller)?.[1];
      if (from) heard.push(`any: ${type}`);
      if (/^(touch|gesture|pointermove|mousemove)/.test(type) && from) {
        const on = this === window ? 'window' : this === document ? 'document' : (this as Element).localName;
        const passive = typeof options === 'object' && !!options.passive;
        heard.push(`${type} on ${on}${passive ? ', passive' : ''}, from ${from}`);
      }
      return add.call(this, type, listener, options);
    };
  });
  await openAll(page, backend);
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(
    // <profile-settings> hears a touch scroll (with the wheel and keys) only to stop its own scrolling
    // to a section when the user scrolls: passive, it cannot take over a gesture.
    heard.filter(
      (h) => !h.startsWith('any: ') && h !== 'touchmove on window, passive, from profile-settings.ts',
    ),
    'listeners for paths and multi-point gestures',
  ).toEqual([]);
  expect(heard, "the page's own listeners were recorded (clicks, for one)").toContain('any: click');

  const profile = page.locator('[data-section="profile"]');
  await expect(
    profile.getByRole('button', { name: 'Choose image' }),
    'the drop zone has a button',
  ).toBeVisible();

  const volume = page.locator('[data-section="audio"]').getByRole('slider', { name: 'Volume' });
  const start = Number(await volume.inputValue());
  await volume.focus();
  await page.keyboard.press(start < 100 ? 'ArrowRight' : 'ArrowLeft');
  await expect(volume, 'an arrow key moves it').not.toHaveValue(String(start));
  const box = (await volume.boundingBox())!;
  // A single click at a tenth of the track sets the volume there, without dragging.
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2);
  await expect
    .poll(async () => Number(await volume.inputValue()), 'a click moves it')
    .toBeLessThanOrEqual(20);
});

test('pressing a button and letting go elsewhere does nothing: buttons act on the up event', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const controls = await page.evaluate(() => window.a11y.collect());
  const buttons = [...controls.entries()].filter(
    ([, c]) => c.section !== 'page' && / button "/.test(c.label),
  );
  expect(buttons.length, 'buttons in the sections').toBeGreaterThan(5);
  let choosers = 0;
  page.on('filechooser', () => choosers++);
  await page.evaluate(() => window.a11y.remember());
  for (const [index] of buttons) {
    const { x, y, away } = await page.evaluate((i) => window.a11y.centre(i), index);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(away.x, away.y);
    await page.mouse.up();
  }
  expect(await page.evaluate(() => window.a11y.newlyShown()), 'nothing appeared').toEqual([]);
  expect(await page.evaluate(() => window.a11y.changed()), 'no control changed').toEqual([]);
  expect(
    backend.faults.log.filter((r) => r.method !== 'GET'),
    'nothing sent',
  ).toEqual([]);
  expect(choosers, 'no file picker opened').toBe(0);
  expect(page.url()).toBe(backend.pageUrl);
  // The same press, let go on the button, is a click: it acts.
  await page.getByRole('button', { name: 'Regenerate token' }).click();
  await expect(page.getByRole('dialog', { name: 'Regenerate your access token?' })).toBeVisible();
});

test('the language list names each language in itself too ("German (Deutsch)")', async ({
  page,
  backend,
}) => {
  await openAll(page, backend);
  const language = page.locator('[data-section="interface"] [part~="language"]');
  // The own names join after the first paint.
  await expect(language.locator('option', { hasText: 'German (Deutsch)' })).toHaveCount(1);
  const names = (await language.locator('option').allTextContents()).map((n) => n.trim());
  expect(names).toContain('Japanese (日本語)');
  // Every language but the page's own (English) is followed by its own name, where the browser
  // knows it (this Chromium has no Icelandic names, for one). WCAG 3.1.2 would also want that name
  // marked with its language: a known limitation.
  const missing = await language.evaluate((select: HTMLSelectElement) =>
    [...select.options]
      .filter((o) => o.value && !/\S \(.+\)$/.test(o.text.trim()))
      .filter((o) => {
        const own = new Intl.DisplayNames([o.value], { type: 'language' }).of(o.value) ?? '';
        const inEnglish = new Intl.DisplayNames(['en'], { type: 'language' }).of(o.value) ?? '';
        return own.toLowerCase() !== inEnglish.toLowerCase();
      })
      .map((o) => `${o.value}: ${o.text.trim()}`),
  );
  expect(names.length, 'languages listed').toBeGreaterThan(10);
  expect(missing, 'languages without their own name').toEqual([]);
});
