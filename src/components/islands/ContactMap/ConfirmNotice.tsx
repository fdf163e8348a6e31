import type { ReactNode, Ref } from 'react';

interface Props {
  /** The question's id (the alert dialog's name). */
  id: string;
  question: ReactNode;
  yes: string;
  no: string;
  /** The confirm button, focused when the notice opens (see `useConfirmFocus`). */
  confirmRef: Ref<HTMLButtonElement>;
  onYes(): void;
  onNo(): void;
}

/** A confirm step for deleting: the question, then "yes, delete" and "no". */
export function ConfirmNotice({ id, question, yes, no, confirmRef, onYes, onNo }: Props) {
  return (
    <div className="notice" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="notice__actions">
        <button type="button" className="danger" ref={confirmRef} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
