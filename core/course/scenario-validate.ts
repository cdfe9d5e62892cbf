import type { DiagnosticSink } from './diagnostics';
import type { RawQuiz } from './schema';
import { uniqueIds } from './unique-ids';
import type { YamlSource } from './yaml-source';

/**
 * A scenario is a graph: steps whose choices lead to further steps or to outcomes. It is playable
 * when every choice leads somewhere that exists and every step can still reach an outcome;
 * unreachable steps and outcomes are only warnings (drafts often have them).
 */
export function validateScenario(raw: RawQuiz<'scenario'>, source: YamlSource, sink: DiagnosticSink, name: string): boolean {
  let playable = uniqueIds(raw.steps, 'steps', name, source, sink) && uniqueIds(raw.outcomes, 'outcomes', name, source, sink);
  raw.steps.forEach((step, s) => {
    if (!uniqueIds(step.choices, 'choices', `step '${step.id}' of ${name}`, atStep(source, s), sink)) playable = false;
  });
  raw.outcomes.forEach((outcome, o) => {
    if (raw.steps.some((step) => step.id === outcome.id)) {
      sink.error(
        'duplicate-id',
        source.at(['outcomes', o, 'id']),
        `id '${outcome.id}' names both a step and an outcome in ${name}; ids must be unique`,
      );
      playable = false;
    }
  });
  const stepIndex = new Map(raw.steps.map((step, i) => [step.id, i]));
  const outcomeIds = new Set(raw.outcomes.map((outcome) => outcome.id));
  const targets = `steps: ${[...stepIndex.keys()].join(', ')}; outcomes: ${[...outcomeIds].join(', ')}`;

  const start = raw.start ?? raw.steps[0]?.id ?? '';
  if (raw.start !== undefined && !stepIndex.has(raw.start)) {
    sink.error('scenario-unknown-target', source.at(['start']), `${name} starts at '${raw.start}', which is not a step (${targets})`);
    return false;
  }

  raw.steps.forEach((step, s) => {
    if (step.choices.length === 0) {
      sink.error(
        'scenario-dead-end',
        source.at(['steps', s, 'id']),
        `step '${step.id}' of ${name} leads nowhere: give it choices, each with "next: <step or outcome id>"`,
      );
      playable = false;
    }
    step.choices.forEach((choice, c) => {
      if (choice.next === undefined) {
        sink.error(
          'scenario-dead-end',
          source.at(['steps', s, 'choices', c]),
          `choice '${choice.id}' in step '${step.id}' of ${name} leads nowhere: add "next: <step or outcome id>"`,
        );
        playable = false;
      } else if (!stepIndex.has(choice.next) && !outcomeIds.has(choice.next)) {
        sink.error(
          'scenario-unknown-target',
          source.at(['steps', s, 'choices', c, 'next']),
          `choice '${choice.id}' in step '${step.id}' of ${name} leads to '${choice.next}', which is neither a step nor an outcome (${targets})`,
        );
        playable = false;
      }
    });
  });
  if (!playable) return false;

  const reachable = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const step = raw.steps[stepIndex.get(id) ?? -1];
    for (const choice of step?.choices ?? []) if (choice.next) queue.push(choice.next);
  }
  raw.steps.forEach((step, s) => {
    if (!reachable.has(step.id))
      sink.warning(
        'scenario-unreachable',
        source.at(['steps', s, 'id']),
        `step '${step.id}' of ${name} is unreachable: no choice leads to it`,
      );
  });
  raw.outcomes.forEach((outcome, o) => {
    if (!reachable.has(outcome.id))
      sink.warning(
        'scenario-unreachable',
        source.at(['outcomes', o, 'id']),
        `outcome '${outcome.id}' of ${name} is unreachable: no choice leads to it`,
      );
  });

  // Steps from which no outcome can be reached trap the learner in a loop.
  const canFinish = new Set(outcomeIds);
  for (let changed = true; changed;) {
    changed = false;
    for (const step of raw.steps) {
      if (!canFinish.has(step.id) && step.choices.some((choice) => canFinish.has(choice.next ?? ''))) {
        canFinish.add(step.id);
        changed = true;
      }
    }
  }
  raw.steps.forEach((step, s) => {
    if (reachable.has(step.id) && !canFinish.has(step.id)) {
      sink.error(
        'scenario-no-outcome',
        source.at(['steps', s, 'id']),
        `step '${step.id}' of ${name} can never reach an outcome: its choices only loop back`,
      );
      playable = false;
    }
  });
  return playable;
}

/** The source seen from inside step `s`, so uniqueIds can place choice ids. */
function atStep(source: YamlSource, s: number): YamlSource {
  return {
    value: undefined,
    ok: source.ok,
    at: (path) => source.at(['steps', s, ...path]),
    keyAt: (path) => source.keyAt(['steps', s, ...path]),
    has: (path) => source.has(['steps', s, ...path]),
  };
}
