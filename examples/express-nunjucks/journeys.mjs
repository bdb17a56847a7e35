// The two journeys' words and checks are shared with the Prototype Kit
// example and the end-to-end service (../shared/journeys.mjs); what is this
// server's own is how it reads the permit form, which carries a file.
import busboy from 'busboy';

export * from '../shared/journeys.mjs';

/**
 * Reads a multipart/form-data request with busboy: the values by name (each
 * a list, in order) and each file's field, name, type and size. The file's
 * bytes are counted and dropped here; a service would store them.
 */
export function readPermitForm(request) {
  return new Promise((resolve, reject) => {
    const answers = {};
    const files = [];
    const parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8', // file names as the browser sent them (UTF-8)
      limits: { fileSize: 2 * 1024 * 1024, files: 1 },
    });
    parser.on('field', (name, value) => (answers[name] ??= []).push(value));
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
