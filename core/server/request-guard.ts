/**
 * The browser build listens on 127.0.0.1 only, but any web page the user opens could still send
 * requests there. These checks make the API answer only our own pages: the Host header must name the
 * loopback address we listen on (defeats DNS rebinding), and a cross-site Origin is refused.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return loopbackAuthorities(port).includes(hostHeader.toLowerCase());
}

export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true; // same-origin GETs and non-browser clients send none
  return loopbackAuthorities(port).some((authority) => originHeader.toLowerCase() === `http://${authority}`);
}

function loopbackAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}
