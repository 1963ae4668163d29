import type { ComponentChildren } from 'preact';
import { describedBy } from './locked.tsx';

/**
 * An on/off control: a native checkbox with the switch role, named by its
 * label and described by `description` (a status line, for instance), so a
 * screen reader says "France, switch, on — Campaign silence in force until …".
 * `locked`: an organisation's policy decides it (locked.tsx): disabled, and
 * described by the page's note saying so.
 */
export function Switch({
  id,
  label,
  description,
  checked,
  locked = false,
  onChange,
}: {
  id: string;
  label: ComponentChildren;
  description?: ComponentChildren;
  checked: boolean;
  locked?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const descriptionId = description === undefined ? undefined : `${id}-description`;
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={locked}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy(locked, descriptionId)}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>
        <span class="name" id={`${id}-label`}>
          {label}
        </span>
        {description !== undefined && (
          <span class="status" id={descriptionId}>
            {description}
          </span>
        )}
      </label>
    </div>
  );
}
