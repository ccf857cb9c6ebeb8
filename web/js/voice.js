// Voice practice in the page: Record and Stop, a level meter while recording, and the speech/silence timeline
// measured from the microphone's level (the transcription gives words without timings, so pace and pauses come
// from here). The microphone is opened only when Record is pressed and released as soon as recording stops.

import {ApiError} from './api.js';
import {show, el, clock} from './dom.js';
import {renderDelivery} from './delivery.js';

/** Silences from this long are pauses a listener hears; shorter ones are breaths. The server uses the same. */
export const MIN_PAUSE_MS = 1500;
/** How often the level is sampled; the server measures audio it decodes in windows of the same length. */
export const WINDOW_MS = 20;
// speech is judged against the recording's own loud part (its 95th percentile), 30 dB under it, and above the
// room's hum (three times its 10th percentile): the same rule as the server's AudioMeasurer
const SPEECH_PERCENTILE = 0.95;
const NOISE_PERCENTILE = 0.10;
const RELATIVE_THRESHOLD = 0.0316;
const NOISE_MARGIN = 3.0;
const SILENT_RECORDING = 0.001;

/**
 * The timeline from level samples [{t, rms}] (t in ms from the start, in order) of a recording durationMs long:
 * {durationMs, speakingMs, pauses: [{startMs, durationMs}]}. Silence before the first word and after the last is
 * not a pause; speakingMs runs from the first speech to the last, less the pauses.
 */
export function computeTimeline(samples, durationMs) {
  const duration = Math.max(0, Math.round(durationMs));
  if (samples.length === 0) return {durationMs: duration, speakingMs: 0, pauses: []};
  const sorted = samples.map((s) => s.rms).sort((a, b) => a - b);
  const speech = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * SPEECH_PERCENTILE))];
  const noise = sorted[Math.floor(sorted.length * NOISE_PERCENTILE)];
  if (speech < SILENT_RECORDING) return {durationMs: duration, speakingMs: 0, pauses: []};
  const threshold = Math.min(speech * 0.5, Math.max(speech * RELATIVE_THRESHOLD, noise * NOISE_MARGIN));
  const voiced = samples.map((s) => s.rms >= threshold);
  const first = voiced.indexOf(true);
  const last = voiced.lastIndexOf(true);
  const pauses = [];
  let paused = 0;
  let runStart = -1;
  for (let i = first; i <= last; i++) {
    if (!voiced[i] && runStart < 0) {
      runStart = i;
    } else if (voiced[i] && runStart >= 0) {
      const startMs = Math.round(samples[runStart].t);
      const length = Math.round(samples[i].t - samples[runStart].t);
      if (length >= MIN_PAUSE_MS) {
        pauses.push({startMs, durationMs: length});
        paused += length;
      }
      runStart = -1;
    }
  }
  const spoken = Math.round(samples[last].t + WINDOW_MS - samples[first].t) - paused;
  return {durationMs: duration, speakingMs: Math.max(0, Math.min(duration, spoken)), pauses};
}

/** What a refused or failed microphone means, in words the candidate can act on. */
export function microphoneMessage(error) {
  const name = error && error.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Microphone access was denied. Allow the microphone for this page in the browser\'s site settings '
      + 'and press Record again, or type your answer instead.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No microphone was found. Connect one and press Record again, or type your answer instead.';
  }
  if (name === 'NotReadableError') {
    return 'The microphone is in use by another program. Close it and press Record again, or type your answer instead.';
  }
  if (typeof navigator === 'undefined' || !navigator.mediaDevices || typeof MediaRecorder === 'undefined') {
    return 'This browser cannot record here (recording needs a current browser and a page served from localhost '
      + 'or https). Type your answer instead.';
  }
  return 'The microphone could not be opened. Type your answer instead.';
}

/** One recording: the MediaRecorder, the level sampling, and the release of everything at the end. */
function start(stream, meter, done) {
  const recorder = new MediaRecorder(stream);
  const chunks = [];
  const AudioCtx = window.AudioContext || window.webkitAudioContext;
  const audio = new AudioCtx();
  const analyser = audio.createAnalyser();
  analyser.fftSize = 2048;
  audio.createMediaStreamSource(stream).connect(analyser);
  const buffer = new Float32Array(analyser.fftSize);
  const samples = [];
  let startedAt = null;
  let finished = false;

  recorder.addEventListener('dataavailable', (e) => {
    if (e.data && e.data.size > 0) chunks.push(e.data);
  });
  recorder.addEventListener('start', () => {
    startedAt = performance.now();
  });
  // sampled on a timer rather than on animation frames, which stop in a background tab
  const timer = setInterval(() => {
    if (startedAt === null) return;
    analyser.getFloatTimeDomainData(buffer);
    let sum = 0;
    for (let i = 0; i < buffer.length; i++) sum += buffer[i] * buffer[i];
    const rms = Math.sqrt(sum / buffer.length);
    samples.push({t: performance.now() - startedAt, rms});
    setLevel(meter, Math.min(1, rms * 4));
  }, WINDOW_MS);

  recorder.addEventListener('stop', () => {
    const durationMs = startedAt === null ? 0 : performance.now() - startedAt;
    release();
    const blob = new Blob(chunks, {type: recorder.mimeType || 'audio/webm'});
    done({blob, timeline: computeTimeline(samples, durationMs)});
  });

  function release() {
    clearInterval(timer);
    stream.getTracks().forEach((track) => track.stop());
    audio.close().catch(() => {});
  }

  recorder.start(1000);
  return {
    finish() {
      if (finished) return;
      finished = true;
      if (recorder.state !== 'inactive') {
        recorder.stop();
      } else {
        release();
      }
    },
  };
}

function setLevel(meter, level) {
  if (!meter) return;
  if ('value' in meter && (meter.tagName === 'METER' || meter.tagName === 'PROGRESS')) {
    meter.value = level;
  } else {
    meter.style.width = `${Math.round(level * 100)}%`;
  }
}

function say(status, text, kind) {
  if (!status) return;
  show(status, el('span', {class: kind === 'error' ? 'error' : 'muted', role: kind === 'error' ? 'alert' : null}, text));
}

/**
 * Sends a recording to POST /api/transcribe with its timeline and the question's target length, and resolves with
 * {text, durationMs, wordsPerMinute, pace, length, pauses, fillers, restarts, note?, recordingId?}. Rejects with an
 * ApiError: 503 "transcription_off" means typing is the way; 429/502/504 "transcription_failed" means the recording
 * is still here to send again (for 429, error.retryAfterSeconds says when).
 */
export async function transcribe({blob, timeline}, target = {}) {
  const form = new FormData();
  form.append('audio', blob, `answer.${extension(blob.type)}`);
  form.append('timeline', JSON.stringify(timeline));
  if (target.minSeconds !== undefined) form.append('minSeconds', String(target.minSeconds));
  if (target.maxSeconds !== undefined) form.append('maxSeconds', String(target.maxSeconds));
  const response = await fetch('/api/transcribe', {method: 'POST', body: form, credentials: 'same-origin'});
  const type = response.headers.get('Content-Type') || '';
  const body = type.startsWith('application/json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, (body && body.error) || 'error',
      (body && body.message) || `${response.status} ${response.statusText}`);
    const wait = Number(response.headers.get('Retry-After'));
    if (Number.isFinite(wait) && wait > 0) error.retryAfterSeconds = wait;
    throw error;
  }
  return body;
}

function extension(type) {
  const t = String(type || '').split(';')[0];
  return {'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a', 'audio/wav': 'wav'}[t] || 'webm';
}

/** What GET /api/voice says about transcription: {transcription, keepsRecordings, howToEnable}; null when unknown. */
async function voiceStatus() {
  try {
    const response = await fetch('/api/voice', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/**
 * A spoken answer, start to finish, as one reusable piece of the page: Record and Stop, a level meter and the
 * elapsed time, playback of what was recorded, the transcription (with Send again when the service failed, since
 * the recording stays here), and the delivery figures. Nothing is recorded until Record is pressed.
 *
 * new Recorder(container, {onTranscript, target, label}):
 *   onTranscript(result) is called with POST /api/transcribe's answer: {text, durationMs, wordsPerMinute, pace,
 *     length, pauses, fillers, restarts, note?, spokenId, recordingId?}. spokenId names the server's figures: send
 *     it with the answer (as the practice page does with a critique) so the server uses what it measured.
 *   target() returns the question's {minSeconds, maxSeconds}, or nothing for the server's default (60-120 s).
 *   label is the group's accessible name.
 * The container's contents are replaced. Methods: stop() ends a recording in progress (when the page moves on),
 * reset() forgets the last recording and its figures, recording() says whether one is in progress.
 */
export class Recorder {
  constructor(container, {onTranscript = () => {}, target = () => ({}), label = 'Speak your answer'} = {}) {
    this.onTranscript = onTranscript;
    this.target = target;
    this.session = null;
    this.last = null;
    this.playbackUrl = null;
    this.record = el('button', {type: 'button', class: 'secondary small-button', 'data-voice': 'record'}, 'Record');
    this.stopButton = el('button', {type: 'button', class: 'secondary small-button', 'data-voice': 'stop', disabled: true}, 'Stop');
    this.retry = el('button', {type: 'button', class: 'secondary small-button', 'data-voice': 'retry', hidden: true}, 'Send again');
    this.meter = el('meter', {class: 'voice-level', min: 0, max: 1, value: 0, 'aria-label': 'Microphone level'});
    this.elapsed = el('output', {class: 'voice-elapsed', 'aria-live': 'off'}, '0:00');
    this.status = el('p', {class: 'voice-status small', role: 'status', 'aria-live': 'polite'});
    this.playback = el('audio', {class: 'voice-playback', controls: true, hidden: true});
    this.figures = el('div', {class: 'voice-figures', 'aria-live': 'polite'});
    show(container, el('div', {class: 'voice', role: 'group', 'aria-label': label},
      el('div', {class: 'voice-controls'}, this.record, this.stopButton, this.meter, this.elapsed, this.retry),
      this.status, this.playback, this.figures));
    this.record.addEventListener('click', () => this.begin());
    this.stopButton.addEventListener('click', () => this.stop());
    this.retry.addEventListener('click', () => this.send());
    voiceStatus().then((status) => {
      if (status && status.transcription === false && !this.session && !this.last) {
        say(this.status, `Transcription is off, so a recording can be played back here but not turned into text. `
          + `${status.howToEnable} Until then, type your answer.`);
      }
    });
  }

  recording() {
    return this.session !== null;
  }

  stop() {
    if (this.session) this.session.finish();
  }

  reset() {
    this.stop();
    this.last = null;
    this.retry.hidden = true;
    this.playback.hidden = true;
    this.playback.removeAttribute('src');
    if (this.playbackUrl) URL.revokeObjectURL(this.playbackUrl);
    this.playbackUrl = null;
    show(this.figures);
    show(this.status);
  }

  async begin() {
    if (this.session) return;
    this.reset();
    this.record.disabled = true;
    say(this.status, 'Opening the microphone…');
    let stream;
    try {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === 'undefined') {
        throw new Error('unsupported');
      }
      stream = await navigator.mediaDevices.getUserMedia({audio: true});
    } catch (error) {
      this.record.disabled = false;
      say(this.status, microphoneMessage(error), 'error');
      return;
    }
    const begun = performance.now();
    const tick = setInterval(() => {
      this.elapsed.textContent = clock((performance.now() - begun) / 1000);
    }, 250);
    this.session = start(stream, this.meter, (result) => {
      clearInterval(tick);
      this.session = null;
      this.record.disabled = false;
      this.stopButton.disabled = true;
      setLevel(this.meter, 0);
      this.elapsed.textContent = clock(result.timeline.durationMs / 1000);
      this.last = result;
      this.playbackUrl = URL.createObjectURL(result.blob);
      this.playback.src = this.playbackUrl;
      this.playback.hidden = false;
      this.send();
    });
    this.stopButton.disabled = false;
    say(this.status, 'Recording… press Stop when you have finished.');
  }

  /** Sends the last recording for transcription; on failure it stays here for Send again. */
  async send() {
    if (!this.last) return;
    this.retry.hidden = true;
    this.record.disabled = true;
    say(this.status, `Recorded ${clock(this.last.timeline.durationMs / 1000)}. Transcribing…`);
    try {
      const result = await transcribe(this.last, this.target() || {});
      renderDelivery(this.figures, result);
      say(this.status, `Transcribed ${clock(this.last.timeline.durationMs / 1000)} of speech.`);
      this.onTranscript(result);
    } catch (error) {
      const off = error instanceof ApiError && error.code === 'transcription_off';
      if (!off) this.retry.hidden = false;
      const wait = error.retryAfterSeconds ? ` Wait ${error.retryAfterSeconds} s before sending again.` : '';
      say(this.status, off ? `${error.message}` : `${error.message}${wait} Your recording is kept: press Send again.`, 'error');
    } finally {
      this.record.disabled = false;
    }
  }
}
