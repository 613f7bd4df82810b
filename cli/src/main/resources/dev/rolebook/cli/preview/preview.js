// Keeps a preview page current: the server sends its state whenever it has looked at the files and
// found them changed; the page shows the problems it names and, on a document's page, loads the
// document again when the new build changed it.
'use strict';

const body = document.body;
const documentId = body.dataset.document;
let generation = Number(body.dataset.generation);
const status = document.getElementById('status');

function list(element, items) {
  element.replaceChildren(...items.map(text => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }));
}

function showProblems(state) {
  const problems = document.getElementById('problems');
  list(document.getElementById('errors'), state.errors);
  problems.hidden = state.errors.length === 0;
  const warnings = document.getElementById('warnings');
  list(warnings.querySelector('ul'), state.warnings);
  warnings.hidden = state.warnings.length === 0;
  document.getElementById('warning-count').textContent = String(state.warnings.length);
}

function withGeneration(address) {
  const url = new URL(address, location.href);
  url.searchParams.set('g', String(generation));
  return url.pathname + url.search + url.hash;
}

// The web page is quick to make and to show, the PDF slower (a browser's PDF viewer starts anew for
// each file): the web page goes first and the PDF follows it, so that a save shows at once. The new
// web page loads in a hidden frame and takes the old one's place once loaded, at the place the
// reader had scrolled to: a save neither blanks the page nor throws the reader back to the top.
function reloadDocument() {
  const pdf = document.getElementById('pdf');
  const showPdf = () => {
    const shown = String(generation);
    // Marks the build the PDF pane shows, for whoever waits on it (the preview's browser test).
    pdf.addEventListener('load', () => { pdf.dataset.generation = shown; }, { once: true });
    pdf.src = withGeneration(pdf.src);
  };
  const pending = document.querySelector('iframe.pending');
  if (pending) {
    pending.src = withGeneration(pending.src);
    return;
  }
  const frame = document.getElementById('html');
  let scrolled = 0;
  try {
    scrolled = frame.contentWindow.scrollY;
  } catch (e) {
    scrolled = 0;
  }
  const next = frame.cloneNode(false);
  next.removeAttribute('id');
  next.classList.add('pending');
  next.src = withGeneration(frame.src);
  next.addEventListener('load', () => {
    next.classList.remove('pending');
    frame.replaceWith(next);
    next.id = 'html';
    next.contentWindow.scrollTo(0, scrolled);
    showPdf();
  }, { once: true });
  frame.after(next);
}

function update(state) {
  showProblems(state);
  if (state.generation === generation || state.generation === 0) {
    return;
  }
  // A page that missed a build (its stream broke, the preview was started again) cannot know what
  // that build changed, so it loads everything again.
  const missed = state.generation !== generation + 1;
  generation = state.generation;
  body.dataset.generation = String(generation);
  status.textContent = 'Updated at ' + new Date().toLocaleTimeString();
  if (!documentId) {
    location.reload();
  } else if (!state.documents.includes(documentId)) {
    status.textContent = 'This document is no longer in the catalog; see all documents.';
  } else if (missed || state.changed.includes(documentId)) {
    reloadDocument();
    document.querySelectorAll('.downloads a').forEach(link => { link.href = withGeneration(link.href); });
  }
}

// A browser reconnects by itself to a stream that broke, but not to one the preview refused (too
// many pages open): then the page asks again itself, less often each time, and says so meanwhile.
const NOT_ANSWERING = 'The preview is not answering; start rolebook preview again and this page reconnects.';
const REFUSED = 'This page has lost the preview (too many preview pages are open?); close some and it reconnects.';
let wait = 1000;

function follow() {
  const events = new EventSource('/events');
  events.onmessage = message => update(JSON.parse(message.data));
  events.onerror = () => {
    if (events.readyState === EventSource.CLOSED) {
      status.textContent = REFUSED;
      setTimeout(follow, wait);
      wait = Math.min(wait * 2, 16000);
    } else {
      status.textContent = NOT_ANSWERING;
    }
  };
  events.onopen = () => {
    wait = 1000;
    if (status.textContent === NOT_ANSWERING || status.textContent === REFUSED) {
      status.textContent = '';
    }
  };
}

follow();
