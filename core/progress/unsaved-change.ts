/**
 * Something only memory holds because its save failed, as the app describes it when it must stop:
 * what it is, the file it belongs in, and the file's would-be content, so a copy can be kept elsewhere.
 */
export interface UnsavedChange {
  /** "Ana Lima's progress": reads as the subject of a sentence. */
  what: string;
  file: string;
  text: string;
}
