import type { SessionStatus } from '../../../../../core/api/records-types';

export const sessionStatusWords: Record<SessionStatus, string> = {
  planned: 'Planned',
  running: 'Running now',
  ended: 'Ended',
};
