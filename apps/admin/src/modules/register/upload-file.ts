/** A file as the API's import takes it: its name and its bytes as base64. */
export interface Upload {
  fileName: string;
  contentBase64: string;
}

/** Reads a chosen file into an upload (in chunks: large files overflow one call's arguments). */
export async function toUpload(file: Blob & { name: string }): Promise<Upload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  }
  return { fileName: file.name, contentBase64: btoa(binary) };
}

/** Saves a file the API sent (base64) under its name. */
export function downloadBase64(fileName: string, contentType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
