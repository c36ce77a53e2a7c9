import * as React from "react";

export interface HiddenFileInputProps {
  accept: string;
  label: string;
  onFile(file: File): void;
}

/**
 * The file dialog behind a button: hidden, opened through the ref, and emptied after each
 * pick so that choosing the same file again still counts.
 */
export const HiddenFileInput = React.forwardRef<HTMLInputElement, HiddenFileInputProps>(
  ({ accept, label, onFile }, ref) => (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) onFile(file);
      }}
    />
  ),
);
HiddenFileInput.displayName = "HiddenFileInput";
