import { z } from 'zod';
import { empty, trainerInput } from './common';

const passcode = z.string().max(200, 'is too long');

export const trainerInputs = {
  getTrainerStatus: empty,
  setInitialPasscode: z.object({ passcode }).strict(),
  unlockTrainer: z.object({ passcode }).strict(),
  lockTrainer: trainerInput({}),
  changePasscode: trainerInput({ current: passcode, next: passcode }),
  getSettings: trainerInput({}),
  saveSettings: trainerInput({
    trainerName: z.string().max(100, 'is too long'),
    organisation: z.string().max(100, 'is too long'),
    xapiAccountHomePage: z.string().max(500, 'is too long'),
  }),
};
