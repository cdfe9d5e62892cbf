/** A file the app serves by URL (a course image, a download); with a download name it is offered to be saved, not shown. */
export interface ServedFile {
  path: string;
  downloadName?: string;
}
