/** The trainer passcode and the tokens of unlocked trainers. See docs/trainer-lock.md. */
export { openTrainerLock, TrainerLock, type TrainerLockOptions, type TrainerLockStatus } from './trainer-lock';
export { checkNewPasscode, MAX_LENGTH as PASSCODE_MAX_LENGTH, MIN_LENGTH as PASSCODE_MIN_LENGTH } from './passcode-rules';
export { lockoutDelayMs } from './lockout-schedule';
export { IDLE_EXPIRY_MS } from './trainer-tokens';
export { passcodeFilePath } from './trainer-files';
