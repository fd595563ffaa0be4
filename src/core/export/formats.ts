// What the explorer can export, and how each file is named. Graph formats are written by
// the server (POST /api/export with the entity ids in scope); PNG and SVG are drawn here
// from what the renderer shows.

import { EXPORT_FORMAT_LIST, type ExportFormat } from '../../../contract/exportFormats.ts';

/** Formats the server writes (contract/exportFormats.ts). */
export type ServerExportFormat = ExportFormat;
export type ImageExportFormat = 'png' | 'svg';
export type ExplorerExportFormat = ServerExportFormat | ImageExportFormat;

export interface ExportFormatInfo {
  format: ExplorerExportFormat;
  label: string;
  hint: string;
}

const IMAGE_FORMAT_INFO: readonly ExportFormatInfo[] = [
  { format: 'png', label: 'PNG image', hint: 'the current view as a picture' },
  { format: 'svg', label: 'SVG image', hint: 'the current view as a vector drawing' },
];

/** Every format, in menu order: the server's, as the contract lists them, then the images. */
export const EXPORT_FORMAT_INFO: readonly ExportFormatInfo[] = [
  ...EXPORT_FORMAT_LIST.map(({ id, label, hint }) => ({ format: id, label, hint })),
  ...IMAGE_FORMAT_INFO,
];

export function isImageFormat(format: ExplorerExportFormat): format is ImageExportFormat {
  return format === 'png' || format === 'svg';
}

/**
 * The file name in a Content-Disposition header (`attachment; filename="x.gexf"`), or
 * `fallback` when there is none.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  const match = header ? (/filename="([^"]+)"/.exec(header) ?? /filename=([^;\s]+)/.exec(header)) : null;
  const name = match?.[1]?.replace(/[/\\]/g, '_').trim();
  return name ? name : fallback;
}
