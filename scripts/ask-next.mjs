// A request to Next over loopback, its answer read whole, for the servers in front of it (scripts/page-cache.mjs,
// scripts/error-pages.mjs). Plain Node.
import http from "node:http";

/** Next's answer to a GET of `path` with these headers: status, headers and the whole body. */
export function askNext(port, path, headers) {
  return new Promise((resolve, reject) => {
    const ask = http.get({ host: "127.0.0.1", port, path, headers }, (answer) => {
      const chunks = [];
      answer.on("data", (chunk) => chunks.push(chunk));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on("error", reject);
    });
    ask.on("error", reject);
  });
}

/** Whether a Content-Type header's value is HTML. */
export const isHtml = (contentType) => String(contentType ?? "").startsWith("text/html");
