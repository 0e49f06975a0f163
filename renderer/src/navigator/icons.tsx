// Toolbar icons as inline SVG: emoji glyphs depend on the fonts installed, and are missing on many Linux desktops.
const paths = {
  plus: 'M8 3v10M3 8h10',
  pencil: 'M3 13l1-3 7-7 2 2-7 7-3 1zM10 4l2 2',
  trash: 'M3 4h10M6 4V2.5h4V4M4.5 4l.7 9h5.6l.7-9M7 6.5v4.5M9 6.5v4.5',
  close: 'M4 4l8 8M12 4l-8 8',
  folder: 'M2 4.5V12.5h12V6H8L6.5 4.5z',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" strokeLinecap="round" aria-hidden="true">
      <path d={paths[name]} />
    </svg>
  );
}
