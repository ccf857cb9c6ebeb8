// The first start embeds every passage of the notes before the coach can answer, which takes tens of seconds on a
// busy machine. Meanwhile the server answers /api/health with "starting" and how far it has got: the page shows
// that, and carries on by itself once the real server answers. A moment with no answer at all is the handover
// from one to the other, so the page keeps asking.

const POLL_MS = 500;

/** Resolves once the server is past its start-up; shows the indexing progress until then. */
export async function waitUntilIndexed() {
  const box = document.getElementById('startup');
  for (;;) {
    const health = await readHealth();
    if (health !== 'unreachable' && health?.status !== 'starting') {
      box.hidden = true;
      return;
    }
    show(box, health === 'unreachable' ? null : health.indexing);
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

/** The health answer, 'unreachable' when the server did not answer, or null when it answered something else. */
async function readHealth() {
  try {
    const response = await fetch('/api/health', {headers: {Accept: 'application/json'}});
    // an access token refused, for one: the page's own loaders say so
    if (!response.ok) return null;
    return await response.json();
  } catch (e) {
    return 'unreachable';
  }
}

function show(box, indexing) {
  const text = document.getElementById('startup-text');
  const bar = document.getElementById('startup-progress');
  box.hidden = false;
  if (!indexing) {
    text.textContent = 'Almost ready: the coach is starting…';
  } else if (indexing.toEmbed > 0) {
    text.textContent = `Indexing your notes for the first time: ${indexing.embedded} of ${indexing.toEmbed} passages done.`
      + ' The page goes on by itself when it is finished.';
    bar.max = indexing.toEmbed;
    bar.value = indexing.embedded;
  } else {
    text.textContent = 'Starting: reading your notes and loading the language model for search…';
  }
}
