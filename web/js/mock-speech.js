// Reading the interviewer's turn aloud with the browser's own speechSynthesis: the voices are the operating
// system's, so nothing is sent anywhere and it works offline in the major browsers. Off unless the candidate turns
// it on; the choice is remembered in this browser only.

const STORAGE_KEY = 'rehearse.mock.readAloud';

export class InterviewerVoice {
  constructor(checkbox, note) {
    this.checkbox = checkbox;
    this.synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    if (!this.synth) {
      checkbox.checked = false;
      checkbox.disabled = true;
      note.textContent = 'This browser has no speech voice, so the questions are shown only.';
      return;
    }
    checkbox.checked = readChoice();
    checkbox.addEventListener('change', () => {
      writeChoice(checkbox.checked);
      if (!checkbox.checked) this.silence();
    });
  }

  /** Speaks the text when reading aloud is on, cutting off whatever was still being said. */
  say(text) {
    if (!this.synth || !this.checkbox.checked || !text) return;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    this.synth.speak(utterance);
  }

  silence() {
    if (this.synth) this.synth.cancel();
  }
}

function readChoice() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // storage refused (a private window's policy): reading aloud simply starts off
    return false;
  }
}

function writeChoice(on) {
  try {
    window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // not remembered; it still applies to this visit
  }
}
