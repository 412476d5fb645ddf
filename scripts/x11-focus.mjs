// Gives the keyboard focus to the largest window on an X display (Xvfb), as a window manager would.
//
// Under Xvfb no window manager gives a new browser window the focus, so its pages report `document.hasFocus()`
// false: `:focus-visible` never matches and focus moved by script is not shown. A patient's browser window has the
// focus. This speaks the few X11 requests it needs over the display's Unix socket (no X library to install).
import { connect } from 'node:net';

const pad4 = (n) => (4 - (n % 4)) % 4;

/** One X connection, one request at a time. */
class X11 {
  #socket;
  #buffer = Buffer.alloc(0);
  #waiting = null;

  constructor(socket) {
    this.#socket = socket;
    socket.on('data', (chunk) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#waiting?.();
    });
  }

  async #read(size) {
    while (this.#buffer.length < size) await new Promise((resolve) => (this.#waiting = resolve));
    const bytes = this.#buffer.subarray(0, size);
    this.#buffer = this.#buffer.subarray(size);
    return bytes;
  }

  /** The root window of the first screen, read from the connection setup. */
  async setup() {
    const request = Buffer.alloc(12);
    request.write('l', 0); // little-endian
    request.writeUInt16LE(11, 2); // protocol 11.0, no authorization
    this.#socket.write(request);
    const head = await this.#read(8);
    const data = await this.#read(head.readUInt16LE(6) * 4);
    if (head[0] !== 1) throw new Error(`The X server refused the connection: ${data.toString('latin1').trim()}`);
    const vendorLength = data.readUInt16LE(16);
    const formats = data[21];
    return data.readUInt32LE(32 + vendorLength + pad4(vendorLength) + 8 * formats);
  }

  /** Sends a request: its opcode, its one-byte argument and its 32-bit words. */
  send(opcode, data, words) {
    const request = Buffer.alloc(4 + 4 * words.length);
    request[0] = opcode;
    request[1] = data;
    request.writeUInt16LE(request.length / 4, 2);
    words.forEach((word, i) => request.writeUInt32LE(word, 4 + 4 * i));
    this.#socket.write(request);
  }

  /** Sends a request that has a reply and returns the reply. */
  async request(opcode, words, data = 0) {
    this.send(opcode, data, words);
    for (;;) {
      const packet = await this.#read(32);
      if (packet[0] === 0) throw new Error(`X11 request ${opcode} failed with error ${packet[1]}.`);
      if (packet[0] === 1) return Buffer.concat([packet, await this.#read(packet.readUInt32LE(4) * 4)]);
      // anything else is an event: skip it
    }
  }
}

/** Presses and releases a key through the XTEST extension (real input, as from a keyboard), if the server has it. */
async function pressKey(x, root, keycode) {
  const name = 'XTEST';
  const words = [
    name.length,
    ...Array.from({ length: Math.ceil(name.length / 4) }, (_, i) => Buffer.from(name.padEnd(8, '\0')).readUInt32LE(4 * i)),
  ];
  const extension = await x.request(QUERY_EXTENSION, words);
  if (!extension[8]) return false;
  const major = extension[9];
  for (const type of [KEY_PRESS, KEY_RELEASE])
    // FakeInput: type and detail (the keycode) in one word, then time, root, padding and the pointer position.
    x.send(major, XTEST_FAKE_INPUT, [type | (keycode << 8), 0, root, 0, 0, 0, 0, 0]);
  return true;
}

const QUERY_EXTENSION = 98;
const XTEST_FAKE_INPUT = 2;
const KEY_PRESS = 2;
const KEY_RELEASE = 3;
/** Escape on the keycodes Xvfb's default keymap uses (evdev and xfree86 alike). */
const ESCAPE = 9;
const QUERY_TREE = 15;
const GET_WINDOW_ATTRIBUTES = 3;
const GET_GEOMETRY = 14;
const SET_INPUT_FOCUS = 42;
const GET_INPUT_FOCUS = 43;
const VIEWABLE = 2;
const REVERT_TO_PARENT = 2;

/**
 * Focuses the largest viewable top-level window on `display` (`:N`). When smaller windows are open over it (a native
 * popup menu, which holds the keyboard until it closes), first presses Escape to close them, as a patient would.
 * Resolves with the focused window's id, or null if there is none.
 */
export async function focusLargestWindow(display) {
  const number = /^:(\d+)/.exec(display)?.[1];
  if (number === undefined) throw new Error(`Not a local X display: ${display}`);
  const socket = connect(`/tmp/.X11-unix/X${number}`);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  try {
    const x = new X11(socket);
    const root = await x.setup();
    const tree = await x.request(QUERY_TREE, [root]);
    const children = Array.from({ length: tree.readUInt16LE(16) }, (_, i) => tree.readUInt32LE(32 + 4 * i));
    let best = null;
    let bestArea = 0;
    let viewable = 0;
    for (const window of children) {
      const attributes = await x.request(GET_WINDOW_ATTRIBUTES, [window]);
      if (attributes[26] !== VIEWABLE) continue;
      viewable++;
      const geometry = await x.request(GET_GEOMETRY, [window]);
      const area = geometry.readUInt16LE(16) * geometry.readUInt16LE(18);
      if (area > bestArea) [best, bestArea] = [window, area];
    }
    // Give the popup's toolkit a moment to close it and let the keyboard go.
    if (viewable > 1 && (await pressKey(x, root, ESCAPE))) await new Promise((resolve) => setTimeout(resolve, 100));
    if (best !== null) {
      x.send(SET_INPUT_FOCUS, REVERT_TO_PARENT, [best, 0]);
      // SetInputFocus has no reply; GetInputFocus has one, and once it arrives the focus has changed.
      await x.request(GET_INPUT_FOCUS, []);
    }
    return best;
  } finally {
    socket.destroy();
  }
}
