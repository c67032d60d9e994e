// Runs inside the deck's page (plain JavaScript, passed as text to page.evaluate) and returns
// every way text leaves its slide, in words. The rules, for each `.slide`:
//  1. Every element's visible box (its box cut by the ancestors that clip it, up to the slide)
//     lies inside the slide; an element in normal flow lies inside the slide's padding, where
//     the footer and the title slide's cut-off line cannot be.
//  2. An element that clips its content does it visibly: vertical overflow only under a
//     -webkit-line-clamp of N lines that shows N whole lines and no more (so the last one ends
//     in the ellipsis; a box stretched past its clamp would show more, one squeezed would cut
//     a line), horizontal overflow only with text-overflow: ellipsis. Text cut off without a
//     mark counts as text that left.
//  3. No two pieces of visible text (a line of a text node, trimmed to its line height, or a
//     picture) of one slide overlap by more than a quarter of the smaller one's height.
// An element reported as leaving is reported alone, not with every element inside it.
(() => {
  const TOLERANCE = 1;
  const problems = [];
  const describe = (el) => {
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return `<${el.tagName.toLowerCase()}${cls}> "${text.length > 50 ? `${text.slice(0, 50)}…` : text}"`;
  };
  const round = (r) => `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const intersect = (a, b) => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return right - left > 0.5 && bottom - top > 0.5
      ? { left, top, right, bottom, width: right - left, height: bottom - top }
      : null;
  };
  const clips = (el) => {
    const style = getComputedStyle(el);
    return style.overflowX !== 'visible' || style.overflowY !== 'visible';
  };
  /** `rect` cut by every clipping ancestor of `from` below the slide; null when nothing is left. */
  const visible = (rect, from, slide) => {
    let r = rect;
    for (let el = from; el && el !== slide && r; el = el.parentElement)
      if (clips(el)) r = intersect(r, el.getBoundingClientRect());
    return r;
  };
  const inFlow = (el, slide) => {
    for (let e = el; e && e !== slide; e = e.parentElement)
      if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
    return true;
  };
  /**
   * The lines of text an element shows within its box: whole ones, and whether one is cut. Text
   * rects that share height (a badge and the words beside it) are one line.
   */
  const linesShown = (el) => {
    const box = el.getBoundingClientRect();
    const rects = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.top < box.bottom - TOLERANCE && r.height > 0) rects.push({ top: r.top, bottom: r.bottom });
    }
    const lines = [];
    for (const r of rects.sort((a, b) => a.top - b.top)) {
      const last = lines.at(-1);
      if (last && r.top < last.bottom - 2) last.bottom = Math.max(last.bottom, r.bottom);
      else lines.push({ ...r });
    }
    return {
      whole: lines.filter((l) => l.bottom <= box.bottom + TOLERANCE).length,
      cut: lines.some((l) => l.bottom > box.bottom + TOLERANCE),
    };
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
  };

  document.querySelectorAll('.slide').forEach((slide, index) => {
    const name = `slide ${index + 1} (${(slide.className.match(/slide--([\w-]+)/) ?? [])[1]})`;
    const box = slide.getBoundingClientRect();
    const style = getComputedStyle(slide);
    const padded = {
      left: box.left + parseFloat(style.paddingLeft),
      top: box.top + parseFloat(style.paddingTop),
      right: box.right - parseFloat(style.paddingRight),
      bottom: box.bottom - parseFloat(style.paddingBottom),
    };
    const outside = (r, frame) =>
      r.left < frame.left - TOLERANCE ||
      r.top < frame.top - TOLERANCE ||
      r.right > frame.right + TOLERANCE ||
      r.bottom > frame.bottom + TOLERANCE;
    const pieces = [];
    const reported = new Set();
    for (const el of slide.querySelectorAll('*')) {
      if (!shown(el) || (el.closest('svg') !== el && el.closest('svg'))) continue;
      const own = el.getBoundingClientRect();
      if (own.width === 0 && own.height === 0) continue;
      const r = visible(own, el.parentElement, slide);
      const inside = el.parentElement && reported.has(el.parentElement);
      if (inside) reported.add(el);
      else if (r && outside(r, box))
        problems.push(`${name}: ${describe(el)} at ${round(r)} leaves the slide`), reported.add(el);
      else if (r && inFlow(el, slide) && outside(r, padded))
        problems.push(`${name}: ${describe(el)} at ${round(r)} runs into the slide's margin`), reported.add(el);
      if (clips(el)) {
        const s = getComputedStyle(el);
        const cut = el.scrollHeight > el.clientHeight + TOLERANCE;
        if (cut && s.webkitLineClamp === 'none')
          problems.push(
            `${name}: ${describe(el)} cuts off its content (${el.scrollHeight} px in ${el.clientHeight}) without an ellipsis`,
          );
        if (cut && s.webkitLineClamp !== 'none') {
          const shows = linesShown(el);
          if (shows.cut || shows.whole !== Number(s.webkitLineClamp))
            problems.push(
              `${name}: ${describe(el)} is clamped at ${s.webkitLineClamp} lines but shows ${shows.whole}${shows.cut ? ' and a line cut in half' : ''}`,
            );
        }
        if (
          el.scrollWidth > el.clientWidth + TOLERANCE &&
          s.textOverflow !== 'ellipsis' &&
          s.webkitLineClamp === 'none'
        )
          problems.push(`${name}: ${describe(el)} cuts off its content sideways without an ellipsis`);
      }
      if (r && (el.tagName === 'svg' || el.tagName === 'IMG')) pieces.push({ rect: r, what: describe(el) });
    }
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || !shown(node.parentElement) || node.parentElement.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // A line's glyph box is taller than its line when the line height is under the font's
      // (a big figure at line-height 1): the line box is where other text may start.
      const lineHeight = parseFloat(getComputedStyle(node.parentElement).lineHeight);
      for (const glyphs of range.getClientRects()) {
        const trim = Number.isFinite(lineHeight) && glyphs.height > lineHeight ? (glyphs.height - lineHeight) / 2 : 0;
        const line = {
          left: glyphs.left,
          right: glyphs.right,
          top: glyphs.top + trim,
          bottom: glyphs.bottom - trim,
          width: glyphs.width,
          height: glyphs.height - 2 * trim,
        };
        const r = visible(line, node.parentElement, slide);
        if (r) pieces.push({ rect: r, what: describe(node.parentElement), node });
      }
    }
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const a = pieces[i];
        const b = pieces[j];
        if (a.node && a.node === b.node) continue;
        const both = intersect(a.rect, b.rect);
        if (
          both &&
          both.width > TOLERANCE &&
          both.height > Math.max(TOLERANCE, 0.25 * Math.min(a.rect.height, b.rect.height))
        ) {
          problems.push(`${name}: ${a.what} overlaps ${b.what} at ${round(both)}`);
        }
      }
    }
  });
  return problems;
})();
