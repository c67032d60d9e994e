// The bundle's node-html-better-parser, html-entities and culori (scripts/bundle.mjs): pdf-lib imports
// them for drawing SVG (its colours too), XFA forms and XMP metadata, none of which qbr asks of it.
const unused = () => {
  throw new Error('qbr asked pdf-lib for SVG, forms or XMP, which its bundle leaves out (scripts/bundle.mjs)');
};
export const parse = unused;
export const encode = unused;
export const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 };
// pdf-lib makes its converter as it loads, and calls it only for an SVG's colours.
export const converter = () => unused;
