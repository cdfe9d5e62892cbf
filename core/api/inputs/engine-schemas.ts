import type { z } from 'zod';
import { answerSchema } from '../../course/answer-schema';
import { recordQuerySchema } from '../../records/query';
import type { Answer } from '../playback-types';
import type { RecordQuery } from '../records-types';
import type { Equal } from '../type-equality';

/**
 * The two argument schemas the API shares with the engines, the one place core/api imports from a
 * domain folder (lint allows this file only). They stay with their engines because the engines
 * validate the same shapes themselves: grading re-checks answers read back from a learner's file,
 * and `queryRecords` checks the queries exports make without going through the API; the engines
 * sit below the API and may not import it. So that a change there cannot silently change the wire
 * contract, each schema must produce exactly the type declared in core/api, or this file fails to
 * compile.
 */
export { answerSchema, recordQuerySchema };

const answerIsTheWireAnswer: Equal<z.output<typeof answerSchema>, Answer> & Equal<z.input<typeof answerSchema>, Answer> = true;
const queryIsTheWireQuery: Equal<z.output<typeof recordQuerySchema>, RecordQuery> & Equal<z.input<typeof recordQuerySchema>, RecordQuery> =
  true;
void answerIsTheWireAnswer;
void queryIsTheWireQuery;
