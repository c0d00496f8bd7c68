// A document ready to print, shown on screen as it will come out on A4, with
// Print and Close. While it is open, printing (with this button or Ctrl+P)
// prints the document alone: the print stylesheet hides everything else.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormAlert } from '../components/FormAlert';
import { printPage } from './print-page';
import './print.css';

type Props = {
  /** What is being printed, for the preview's heading ("the action plan"). */
  title: string;
  /** Ids differ per preview so two never share a heading id. */
  idPrefix: string;
  onClose: () => void;
  /** Larger type for an easy-read copy. */
  isEasyRead?: boolean;
  children: ReactNode;
};

export function PrintPreview({ title, idPrefix, onClose, isEasyRead = false, children }: Props) {
  const [problem, setProblem] = useState('');
  const [isPrinting, setIsPrinting] = useState(false);
  const printRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Marks the page so the print stylesheet prints this document and nothing else.
    document.documentElement.classList.add('has-print-preview');
    printRef.current?.focus();
    return () => document.documentElement.classList.remove('has-print-preview');
  }, []);

  const print = async () => {
    if (isPrinting) return;
    setIsPrinting(true);
    setProblem(await printPage());
    setIsPrinting(false);
  };

  return (
    <section className="print-preview" aria-labelledby={`${idPrefix}-preview-heading`}>
      <div className="print-preview-bar">
        <h2 id={`${idPrefix}-preview-heading`}>Print preview: {title}</h2>
        <p className="field-hint">On A4. Choose your printer, or save as PDF, in the print window.</p>
        <div className="actions">
          <button
            ref={printRef}
            type="button"
            className="button button-primary"
            onClick={() => void print()}
            aria-disabled={isPrinting ? true : undefined}
          >
            {isPrinting ? 'Printing…' : 'Print'}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Close preview
          </button>
        </div>
        <FormAlert id={`${idPrefix}-print-problem`} message={problem} />
      </div>
      <div className="print-frame">
        <article className={isEasyRead ? 'print-page print-page-easy-read' : 'print-page'}>{children}</article>
      </div>
    </section>
  );
}
