// The two journeys in routes.js. Their words and checks are shared with the
// Express example and the end-to-end service (../../shared/journeys.mjs: in
// a kit project made by check.mjs, that folder sits beside the prototype);
// what is this prototype's own is how it reads the permit form. The kit
// parses urlencoded forms itself but not multipart ones (a file):
// `npm install busboy` in the prototype.
const busboy = require('busboy');
// An ES module: Node 20.19 and later load it with require().
const shared = require('../../shared/journeys.mjs');

/**
 * Reads a multipart/form-data request with busboy: the values by name (each
 * a list, in order) and each file's field, name, type and size. The file's
 * bytes are counted and dropped here; a prototype has nowhere to keep them.
 */
function readPermitForm(request) {
  return new Promise((resolve, reject) => {
    const answers = {};
    const files = [];
    const parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8', // file names as the browser sent them (UTF-8)
      limits: { fileSize: 2 * 1024 * 1024, files: 1 },
    });
    parser.on('field', (name, value) => {
      // With JavaScript the kit adds a hidden "_unchecked" for each checkbox
      // name to every form it submits (so its session store can clear a box
      // that was unticked); its own body parsing drops them, and so does this.
      if (value !== '_unchecked') (answers[name] ??= []).push(value);
    });
    parser.on('file', (field, stream, info) => {
      const file = { field, filename: info.filename, type: info.mimeType, size: 0 };
      // A file input left empty still sends a part, with no name and no bytes.
      if (info.filename) files.push(file);
      stream.on('data', (chunk) => (file.size += chunk.length));
    });
    parser.on('close', () => resolve({ answers, files }));
    parser.on('error', reject);
    request.pipe(parser);
  });
}

module.exports = { ...shared, readPermitForm };
