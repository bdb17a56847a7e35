// What the form posted, as a page: the check reads it back.
export async function POST(request: Request): Promise<Response> {
  const answers = Object.fromEntries(new URLSearchParams(await request.text()));
  const text = JSON.stringify(answers).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return new Response(
    `<!doctype html><html lang="en"><title>Received</title><pre id="received">${text}</pre></html>`,
    { headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}
