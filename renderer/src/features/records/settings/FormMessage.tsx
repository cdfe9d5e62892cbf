/** A settings form's outcome: a confirmation read out politely, or an error announced at once. */
export function FormMessage({ success, error }: { success: string | null; error: string | null }) {
  if (error) {
    return (
      <p className="field__error" role="alert">
        {error}
      </p>
    );
  }
  if (success) {
    return (
      <p className="settings-form__saved" role="status">
        {success}
      </p>
    );
  }
  return null;
}
