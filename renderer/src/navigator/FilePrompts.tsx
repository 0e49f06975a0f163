import { ChoiceDialog } from '../dialogs/ChoiceDialog';
import { useStudio } from '../store/context';

/** The first question the file work is waiting on: unsaved edits, or a file changed on disk. */
export function FilePrompts() {
  const prompt = useStudio((s) => s.prompts[0]);
  const answerUnsaved = useStudio((s) => s.answerUnsaved);
  const answerDiskChange = useStudio((s) => s.answerDiskChange);
  if (!prompt) return null;
  switch (prompt.type) {
    case 'unsaved': {
      const names = prompt.services.join(', ');
      const what = prompt.then.type === 'open-folder' ? 'opening another folder' : prompt.then.type === 'close-service' ? 'closing it' : 'switching';
      return (
        <ChoiceDialog
          key={`unsaved-${names}`}
          title="Unsaved Changes"
          message={`${names} ${prompt.services.length === 1 ? 'has' : 'have'} unsaved changes. Save before ${what}?`}
          cancelValue="cancel"
          choices={[
            { value: 'save', label: 'Save', primary: true },
            { value: 'discard', label: 'Discard' },
            { value: 'cancel', label: 'Cancel' },
          ]}
          onChoose={(answer) => void answerUnsaved(answer)}
        />
      );
    }
    case 'changed-on-disk':
      return (
        <ChoiceDialog
          key={`disk-${prompt.service}-${prompt.file.mtimeMs}`}
          title="File Changed on Disk"
          message={`${prompt.file.path} was changed by another program, and ${prompt.service} has unsaved changes here. Reload the file (your changes are dropped), or keep yours (saving then replaces the file)?`}
          cancelValue="keep"
          choices={[
            { value: 'reload', label: 'Reload' },
            { value: 'keep', label: 'Keep Mine', primary: true },
          ]}
          onChoose={answerDiskChange}
        />
      );
  }
}
