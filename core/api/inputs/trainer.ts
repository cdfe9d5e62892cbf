import { z } from 'zod';
import { limits } from '../limits';
import { empty, trainerInput, typedLine } from './common';

const passcode = z.string().max(200, 'is too long');

export const trainerInputs = {
  getTrainerStatus: empty,
  setInitialPasscode: z.object({ passcode }).strict(),
  unlockTrainer: z.object({ passcode }).strict(),
  lockTrainer: trainerInput({}),
  changePasscode: trainerInput({ current: passcode, next: passcode }),
  getSettings: trainerInput({}),
  saveSettings: trainerInput({
    trainerName: typedLine(limits.text.settingsField),
    organisation: typedLine(limits.text.settingsField),
    xapiAccountHomePage: typedLine(limits.text.webAddress),
  }),
};
