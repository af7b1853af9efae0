/** The product mark: a blue gas flame. Drawn as SVG so it renders the same without any emoji font. */
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="#1559c6"
        d="M12 2c.5 3.5-1.8 5.6-3.6 7.6C6.7 11.5 5.5 13.3 5.5 15.6 5.5 19.4 8.4 22 12 22s6.5-2.6 6.5-6.4c0-2.9-1.6-5.2-3.2-6.9.1 1.9-.6 3.3-1.9 4 .3-3.9-1.2-8.3-1.4-10.7z"
      />
      <path
        fill="#8ec5ff"
        d="M12 13.5c1.6 1.3 2.6 2.6 2.6 4.1 0 1.6-1.2 2.9-2.6 2.9s-2.6-1.3-2.6-2.9c0-1.5 1-2.8 2.6-4.1z"
      />
    </svg>
  );
}
