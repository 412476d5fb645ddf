/**
 * What the explainer loads right after its first paint, in one chunk: the
 * diagrams (their space is reserved) and the citations (behind a disclosure).
 */
export { diagram } from './diagrams.js';
export { CITATIONS, SOURCES, sourceLink } from './sources.js';
