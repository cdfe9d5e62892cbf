import type { CourseStudioApi } from '../api/contract';
import type { TrainerLock } from '../trainer';
import type { SettingsStore } from './settings-store';

type TrainerApi = Pick<
  CourseStudioApi,
  'getTrainerStatus' | 'setInitialPasscode' | 'unlockTrainer' | 'lockTrainer' | 'changePasscode' | 'getSettings' | 'saveSettings'
>;

/** The trainer lock and the trainer's settings, as API methods. */
export function createTrainerService(lock: TrainerLock, settings: SettingsStore): TrainerApi {
  return {
    getTrainerStatus: async () => lock.status(),
    setInitialPasscode: async ({ passcode }) => ({ trainerToken: await lock.setInitialPasscode(passcode) }),
    unlockTrainer: async ({ passcode }) => ({ trainerToken: await lock.unlock(passcode) }),
    async lockTrainer({ trainerToken }) {
      lock.lock(trainerToken);
      return {};
    },
    async changePasscode({ trainerToken, current, next }) {
      await lock.changePasscode(trainerToken, current, next);
      return {};
    },
    getSettings: async () => settings.get(),
    saveSettings: ({ trainerName, organisation, xapiAccountHomePage }) => settings.save({ trainerName, organisation, xapiAccountHomePage }),
  };
}
