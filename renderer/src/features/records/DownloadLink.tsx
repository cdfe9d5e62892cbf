/**
 * A made file, offered as an ordinary download link: the browser (or the desktop app's save
 * dialog) takes it from there. The URL is one the Node side made for this file and expires in an hour.
 */
export function DownloadLink({ url, fileName, label }: { url: string; fileName: string; label?: string }) {
  return (
    <a className="download-link" href={url} download={fileName}>
      <span aria-hidden="true">⬇ </span>
      {label ?? `Download ${fileName}`}
    </a>
  );
}
