import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core/i18n";
import { say } from "../strings";
import { HiddenFileInput } from "./HiddenFileInput";

const useStyles = makeStyles({
  zone: {
    display: "grid",
    justifyItems: "center",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground3,
  },
  over: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  name: { overflowWrap: "anywhere", textAlign: "center" },
});

export interface OpenFileProps {
  lang: Lang;
  disabled: boolean;
  fileName?: string;
  onFile(file: File): void;
}

/** 打开 .xlsx: a button for the file dialog and a zone to drop the file on (browser mode). */
export const OpenFile: React.FC<OpenFileProps> = ({ lang, disabled, fileName, onFile }) => {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <Button icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
        {say(lang, "openFile")}
      </Button>
      <span>{say(lang, "dropHere")}</span>
      {fileName && <span className={styles.name}>{say(lang, "openedFile", { name: fileName })}</span>}
      <HiddenFileInput
        ref={input}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={say(lang, "openFile")}
        onFile={onFile}
      />
    </div>
  );
};
