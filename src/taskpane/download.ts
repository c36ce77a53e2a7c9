import type { DownloadFile } from "./choose-host";

/** Offers bytes as a file download: a Blob URL on a transient link, released after the click. */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
