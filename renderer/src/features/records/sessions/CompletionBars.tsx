import { Label, Meter } from 'react-aria-components';
import type { DashboardModule } from '../../../../../core/api/records-types';

/** One bar per module: how many of the learners who joined have passed or completed it. The numbers are text too. */
export function CompletionBars({ modules, titleOf }: { modules: DashboardModule[]; titleOf: (moduleId: string) => string }) {
  return (
    <ul className="completion-bars" aria-label="Completion by module">
      {modules.map((module) => {
        const percent = module.completionRate === null ? 0 : Math.round(module.completionRate * 100);
        const words = module.joined === 0 ? 'Nobody has joined yet' : `${module.done} of ${module.joined} done (${percent}%)`;
        return (
          <li key={module.moduleId}>
            <Meter className="meter" value={percent} valueLabel={words}>
              {({ percentage, valueText }) => (
                <>
                  <div className="progress__labels">
                    <Label className="meter__label">{titleOf(module.moduleId)}</Label>
                    <span>{valueText}</span>
                  </div>
                  <div className="progress__track">
                    <div className="progress__fill progress__fill--done" style={{ width: `${percentage}%` }} />
                  </div>
                </>
              )}
            </Meter>
          </li>
        );
      })}
    </ul>
  );
}
