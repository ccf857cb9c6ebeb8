// The history's spoken figures: for a question's critiques of recorded answers, the measured pace (against the
// 120–160 words a minute a listener follows easily) and the fillers a minute, oldest first. Typed attempts have
// neither figure and are left out.

import {el, svg} from './dom.js';

const WIDTH = 560;
const HEIGHT = 130;
const PAD = {left: 40, right: 12, top: 12, bottom: 20};
const PACE_BAND = {min: 120, max: 160};

/** Appends the pace and fillers charts to container when any attempt was spoken; returns how many were. */
export function renderSpokenCharts(container, newestFirst) {
  const spoken = newestFirst.slice().reverse().filter((a) => typeof a.wordsPerMinute === 'number');
  if (!spoken.length) return 0;
  const paceTop = Math.max(200, ...spoken.map((a) => a.wordsPerMinute + 20));
  const fillerTop = Math.max(4, ...spoken.map((a) => Math.ceil((a.fillersPerMinute || 0) + 1)));
  container.append(el('div', {class: 'spoken-charts'},
    lineChart('pace-chart', `Pace of ${spoken.length} spoken attempt${spoken.length === 1 ? '' : 's'}, words a minute, oldest first: `
      + spoken.map((a) => a.wordsPerMinute).join(', '), spoken.map((a) => a.wordsPerMinute), paceTop, PACE_BAND, spoken, 'words a minute'),
    lineChart('fillers-chart', `Fillers a minute of ${spoken.length} spoken attempt${spoken.length === 1 ? '' : 's'}, oldest first: `
      + spoken.map((a) => a.fillersPerMinute ?? 0).join(', '), spoken.map((a) => a.fillersPerMinute ?? 0), fillerTop, null, spoken,
    'fillers a minute')));
  return spoken.length;
}

function lineChart(id, title, values, top, band, attempts, unit) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (values.length === 1 ? innerW / 2 : (i * innerW) / (values.length - 1));
  const y = (v) => PAD.top + ((top - Math.min(v, top)) * innerH) / top;
  const chart = svg('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'score-chart spoken-chart', id, role: 'img',
    'aria-labelledby': `${id}-title`}, svg('title', {id: `${id}-title`}, title));
  if (band) {
    chart.append(svg('rect', {class: 'target-band', x: PAD.left, width: innerW, y: y(band.max), height: y(band.min) - y(band.max)}));
  }
  for (const v of [0, Math.round(top / 2), top]) {
    chart.append(svg('line', {class: 'grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v)}));
    chart.append(svg('text', {class: 'axis', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, String(v)));
  }
  if (values.length > 1) {
    chart.append(svg('polyline', {class: 'line', points: values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}));
  }
  values.forEach((v, i) => {
    chart.append(svg('circle', {class: 'point', cx: x(i), cy: y(v), r: 4, 'data-attempt': attempts[i].id, 'data-value': v},
      svg('title', {}, `Attempt ${attempts[i].id}, ${new Date(attempts[i].createdAt).toLocaleString()}: ${v} ${unit}`)));
  });
  return el('figure', {class: 'spoken-figure'}, el('figcaption', {class: 'muted small'},
    unit === 'words a minute' ? 'Pace when spoken (the band is 120–160 words a minute)' : 'Fillers a minute when spoken'), chart);
}
