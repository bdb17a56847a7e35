// The parking permit page's form arrives as multipart/form-data (it carries a
// file): read on the server by busboy. The pages themselves are permit-pages.mjs.
import busboy from 'busboy';

/** Reads a multipart/form-data body: every value in order, and each file's name, type and size. */
export function readMultipart(request) {
  return new Promise((resolve, reject) => {
    const entries = [];
    const files = [];
    const parser = busboy({ headers: request.headers, defParamCharset: 'utf8' });
    parser.on('field', (name, value) => entries.push([name, value]));
    parser.on('file', (field, stream, info) => {
      const file = { field, filename: info.filename, type: info.mimeType, size: 0 };
      // A file input left empty still sends a part, with no name and no bytes.
      if (info.filename) files.push(file);
      stream.on('data', (chunk) => (file.size += chunk.length));
    });
    parser.on('close', () => resolve({ entries, files }));
    parser.on('error', reject);
    request.pipe(parser);
  });
}
