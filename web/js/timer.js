// The practice timer and the live length readout: words, and speaking time at 140 words a minute against the
// target for the question type (a general 150–300 words until the coach has classified the question).

import {byId, clock} from './dom.js';

export const WORDS_PER_MINUTE = 140;
export const DEFAULT_TARGET = {minWords: 150, maxWords: 300, label: ''};
// the same rule as the server's Words.count, so the page and the report agree
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text) {
  return (String(text || '').match(WORD) || []).length;
}

export function speakingSeconds(words, wpm = WORDS_PER_MINUTE) {
  return Math.round((words * 60) / wpm);
}

export class LengthReadout {
  constructor() {
    this.target = DEFAULT_TARGET;
  }

  setTarget(target, label) {
    this.target = target ? {minWords: target.minWords, maxWords: target.maxWords, label: label || ''} : DEFAULT_TARGET;
  }

  update(text) {
    const words = countWords(text);
    const {minWords, maxWords, label} = this.target;
    byId('word-count').textContent = `${words} word${words === 1 ? '' : 's'}`;
    byId('speaking-time').textContent = `${clock(speakingSeconds(words))} spoken at ${WORDS_PER_MINUTE} words a minute`;
    const verdict = words < minWords ? 'short' : words > maxWords ? 'long' : 'ok';
    byId('length-target').textContent = `target ${minWords}–${maxWords} words`
      + ` (${clock(speakingSeconds(minWords))}–${clock(speakingSeconds(maxWords))})${label ? ` for ${label.toLowerCase()}` : ''}`
      + (words === 0 ? '' : verdict === 'ok' ? ': within target' : verdict === 'short' ? ': too short' : ': too long');
    // the bar spans 0 to 1.5 times the maximum; the zone is the target
    const scale = maxWords * 1.5;
    const fill = byId('length-fill');
    fill.style.width = `${Math.min(100, (words / scale) * 100)}%`;
    fill.dataset.verdict = verdict;
    const zone = byId('length-zone');
    zone.style.left = `${(minWords / scale) * 100}%`;
    zone.style.width = `${((maxWords - minWords) / scale) * 100}%`;
  }
}

export class Timer {
  constructor(display, toggle) {
    this.display = display;
    this.toggle = toggle;
    this.elapsed = 0;
    this.startedAt = null;
    this.tick = null;
  }

  start() {
    if (this.startedAt !== null) return;
    this.startedAt = Date.now();
    this.tick = setInterval(() => this.render(), 250);
    this.toggle.textContent = 'Pause';
    this.render();
  }

  pause() {
    if (this.startedAt === null) return;
    this.elapsed += Date.now() - this.startedAt;
    this.startedAt = null;
    clearInterval(this.tick);
    this.toggle.textContent = 'Start';
    this.render();
  }

  toggleRunning() {
    if (this.startedAt === null) this.start();
    else this.pause();
  }

  reset() {
    this.pause();
    this.elapsed = 0;
    this.render();
  }

  seconds() {
    return (this.elapsed + (this.startedAt === null ? 0 : Date.now() - this.startedAt)) / 1000;
  }

  render() {
    this.display.textContent = clock(Math.floor(this.seconds()));
  }
}
