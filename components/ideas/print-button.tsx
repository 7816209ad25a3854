'use client';

/** Opens the browser's print dialog (print to paper or to PDF); hidden on the printout itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white print:hidden">
      {label}
    </button>
  );
}
