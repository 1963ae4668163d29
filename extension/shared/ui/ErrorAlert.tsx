/**
 * A problem the user must read now: announced at once (role=alert) and shown
 * in the error colour. `id` lets a field point at it with aria-describedby.
 */
export function ErrorAlert({ id, message }: { id?: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p class="error" role="alert" id={id}>
      {message}
    </p>
  );
}
