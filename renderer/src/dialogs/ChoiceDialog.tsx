import { Dialog } from './Dialog';

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

export interface ChoiceDialogProps<T extends string> {
  title: string;
  message: string;
  choices: readonly Choice<T>[];
  /** What Esc means (usually the safe choice, "Cancel"). */
  cancelValue: T;
  onChoose(value: T): void;
}

/** A question with a few answers: "Save" / "Discard" / "Cancel", "Reload" / "Keep Mine", "Delete" / "Cancel". */
export function ChoiceDialog<T extends string>({ title, message, choices, cancelValue, onChoose }: ChoiceDialogProps<T>) {
  return (
    <Dialog
      title={title}
      onCancel={() => onChoose(cancelValue)}
      buttons={choices.map((choice) => (
        <button key={choice.value} type="button" className={choice.primary ? 'primary' : undefined} autoFocus={choice.primary} onClick={() => onChoose(choice.value)}>
          {choice.label}
        </button>
      ))}
    >
      <p className="studio-dialog__message">{message}</p>
    </Dialog>
  );
}
