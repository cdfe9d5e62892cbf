export function RecordsPage() {
  return (
    <div className="page-intro">
      <h1>Records</h1>
      <p>
        This is where trainers will run classroom sessions, watch who has finished, and export completion records as
        CSV, JSON, xAPI statements or certificates.
      </p>
    </div>
  );
}
