import * as React from "react";
import { Button, Field, Input, Radio, RadioGroup, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { StoredSettings } from "../../app/host";
import type { Lang } from "../../core/i18n";
import { DEFAULT_THRESHOLDS } from "../../core/settings";
import { EDITABLE_THRESHOLDS, isTolerance, profileProblem } from "../settings";
import { say } from "../strings";
import { HiddenFileInput } from "./HiddenFileInput";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase500, margin: 0 },
  grid: { display: "grid", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  fieldset: { border: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
});

export interface SettingsPanelProps {
  settings: StoredSettings;
  lang: Lang;
  canMark: boolean;
  /** Why marks are off on this host, when it says (an older Excel). */
  marksUnavailable?: string;
  onChange(settings: StoredSettings): void;
  onClose(): void;
}

function profileName(profile: unknown): string {
  const name = (profile as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? name : "JSON";
}

/** 设置: every change is kept at once (browser storage here, the workbook inside Excel). */
export const SettingsPanel: React.FC<SettingsPanelProps> = ({
  settings,
  lang,
  canMark,
  marksUnavailable,
  onChange,
  onClose,
}) => {
  const styles = useStyles();
  const [tolerance, setTolerance] = React.useState(settings.tolerance ?? "");
  const [profileError, setProfileError] = React.useState<string>();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const toleranceOk = tolerance.trim() === "" || isTolerance(tolerance);

  const loadProfileFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setProfileError(say(lang, "profileInvalid", { reason: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const problem = profileProblem(json, lang);
    setProfileError(problem && say(lang, "profileInvalid", { reason: problem }));
    if (!problem) onChange({ ...settings, profile: json });
  };

  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <h2 id="settings-heading" className={styles.heading}>
        {say(lang, "settingsTitle")}
      </h2>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{say(lang, "language")}</legend>
        <RadioGroup
          value={settings.language ?? "auto"}
          onChange={(_, d) => onChange({ ...settings, language: d.value as StoredSettings["language"] })}
          aria-label={say(lang, "language")}
        >
          <Radio value="auto" label={say(lang, "languageAuto")} />
          <Radio value="zh-CN" label="中文" />
          <Radio value="en-US" label="English" />
        </RadioGroup>
      </fieldset>
      <Field
        label={say(lang, "tolerance")}
        validationState={toleranceOk ? "none" : "error"}
        validationMessage={toleranceOk ? undefined : say(lang, "toleranceInvalid")}
      >
        <Input
          value={tolerance}
          inputMode="decimal"
          onChange={(_, d) => {
            setTolerance(d.value);
            const value = d.value.trim();
            if (value === "") onChange({ ...settings, tolerance: undefined });
            else if (isTolerance(value)) onChange({ ...settings, tolerance: value });
          }}
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{say(lang, "thresholds")}</legend>
        <div className={styles.grid}>
          {EDITABLE_THRESHOLDS.map((key) => (
            <Field key={key} label={say(lang, key)} orientation="horizontal">
              <Input
                type="number"
                min={0}
                value={String(settings.thresholds?.[key] ?? DEFAULT_THRESHOLDS[key])}
                onChange={(_, d) => {
                  const v = Number(d.value);
                  if (d.value !== "" && Number.isFinite(v) && v >= 0)
                    onChange({ ...settings, thresholds: { ...settings.thresholds, [key]: v } });
                }}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <Field
        label={say(lang, "profile")}
        validationState={profileError ? "error" : "none"}
        validationMessage={profileError}
      >
        <div className={styles.grid}>
          <span>
            {settings.profile === undefined
              ? say(lang, "profileDefault")
              : say(lang, "profileLoaded", { name: profileName(settings.profile) })}
          </span>
          <div className={styles.row}>
            <Button size="small" onClick={() => fileInput.current?.click()}>
              {say(lang, "loadProfile")}
            </Button>
            {settings.profile !== undefined && (
              <Button size="small" onClick={() => onChange({ ...settings, profile: undefined })}>
                {say(lang, "resetProfile")}
              </Button>
            )}
          </div>
          <HiddenFileInput
            ref={fileInput}
            accept=".json,application/json"
            label={say(lang, "loadProfile")}
            onFile={(file) => void loadProfileFile(file)}
          />
        </div>
      </Field>
      <Switch
        checked={canMark && settings.marks !== false}
        disabled={!canMark}
        label={`${say(lang, "marks")}${canMark ? "" : (marksUnavailable ?? say(lang, "marksUnavailable"))}`}
        onChange={(_, d) => onChange({ ...settings, marks: d.checked })}
      />
      <Switch
        checked={settings.flaggedMaterial === "mark"}
        label={say(lang, "flaggedMaterial")}
        onChange={(_, d) => onChange({ ...settings, flaggedMaterial: d.checked ? "mark" : "hold" })}
      />
      <Switch
        checked={settings.omitTodo !== true}
        label={say(lang, "todoAppendix")}
        onChange={(_, d) => onChange({ ...settings, omitTodo: !d.checked })}
      />
      <div>
        <Button appearance="primary" onClick={onClose}>
          {say(lang, "closeSettings")}
        </Button>
      </div>
    </section>
  );
};
