/** Plain data that crosses the API boundary. The renderer imports these as types only. */

export interface AppInfo {
  productName: string;
  version: string;
  /** Where learners' progress and the trainer's courses are kept on this machine. */
  dataDir: string;
  /** 'desktop' inside Electron, 'browser' when served over HTTP. */
  shell: 'desktop' | 'browser';
}

export interface CourseSummary {
  id: string;
  title: string;
  description: string;
  moduleCount: number;
  /** 'bundled' ships with the app; 'workspace' lives in the data folder. */
  source: 'bundled' | 'workspace' | 'linked';
  /** Problems found while reading the course, in words a trainer can act on. */
  problems: string[];
}
