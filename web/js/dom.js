// Building the page from data. Every piece of user or model text goes in as a text node: nothing here ever
// parses a string as HTML, so a draft holding <script> or <img onerror> stays words on the screen.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('p', {class: 'x', 'aria-label': 'y'}, 'text', otherNode) → an element. Attributes go through setAttribute
 * (never an event handler attribute); children that are strings or numbers become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.toLowerCase().startsWith('on')) throw new Error('event handlers are added with addEventListener');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the node's children. */
export function show(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

export function byId(id) {
  return document.getElementById(id);
}

export function muted(text) {
  return el('p', {class: 'muted'}, text);
}

/** "1:05" for 65 seconds. */
export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Lower-case words joined by hyphens → "Words joined by hyphens". */
export function humanise(wireName) {
  const text = String(wireName || '').replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
