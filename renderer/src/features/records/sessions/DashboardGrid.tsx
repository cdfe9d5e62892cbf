import type { DashboardCell, SessionDashboard } from '../../../../../core/api/records-types';
import { statusLabel } from '../format';

/** Learners down, modules across: what each learner has done with each module in this session. */
export function DashboardGrid({ dashboard, titleOf }: { dashboard: SessionDashboard; titleOf: (moduleId: string) => string }) {
  if (dashboard.rows.length === 0)
    return <p className="dashboard__empty">Nobody has joined yet. Learners join by picking their name on this machine.</p>;
  return (
    <div className="records-table__scroll">
      <table className="data-table dashboard-grid" aria-label="Learners’ progress">
        <thead>
          <tr>
            <th scope="col">Learner</th>
            {dashboard.modules.map((module) => (
              <th scope="col" key={module.moduleId}>
                {titleOf(module.moduleId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.rows.map((row) => (
            <tr key={row.learnerId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell) => (
                <td key={cell.moduleId}>
                  <CellView cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CellView({ cell }: { cell: DashboardCell }) {
  return (
    <span className="dashboard-cell">
      <span className={`record-status record-status--${cell.status}`}>{statusLabel(cell.status)}</span>
      {cell.percent !== null && <span className="dashboard-cell__score">{cell.percent}%</span>}
      {cell.attempts > 1 && <span className="dashboard-cell__attempts">{cell.attempts} attempts</span>}
    </span>
  );
}
