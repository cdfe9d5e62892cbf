import type { CourseStudioApi } from '../api/contract';
import type { RepairNotice } from '../api/records-types';
import type { ProgressNotice, ProgressStore } from '../progress';
import type { SessionsStore } from '../sessions';

/**
 * Repairs made to damaged data files, for trainers. Learners see the notices about their own
 * progress on their course page; trainers see every notice here, and only they can dismiss one.
 */
export function createRepairNoticesService({
  store,
  sessions,
}: {
  store: ProgressStore;
  sessions: SessionsStore;
}): Pick<CourseStudioApi, 'listRepairNotices' | 'dismissRepairNotice'> {
  const shown =
    (area: RepairNotice['area']) =>
    (notice: ProgressNotice): RepairNotice => ({ id: notice.id, at: notice.at, area, message: notice.message, movedTo: notice.movedTo });
  return {
    async listRepairNotices() {
      return [...store.getNotices().map(shown('learners')), ...sessions.getNotices().map(shown('sessions'))].sort((a, b) =>
        a.at.localeCompare(b.at),
      );
    },
    // Dismissing a notice that is already gone (another window did it) is not an error.
    async dismissRepairNotice({ noticeId }) {
      if (store.hasNotice(noticeId)) await store.dismissNotice(noticeId);
      if (sessions.hasNotice(noticeId)) await sessions.dismissNotice(noticeId);
      return {};
    },
  };
}
