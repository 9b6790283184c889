/** Words of the download menu, German first. */
import type { Catalogue } from '../i18n.ts';

type MenuKey = 'download' | 'csv' | 'xlsx' | 'png' | 'svg' | 'busy' | 'failed' | 'done';

export const menuTexts: Catalogue<MenuKey> = {
  de: {
    download: 'Herunterladen',
    csv: 'CSV (Tabelle)',
    xlsx: 'XLSX (Excel-Tabelle)',
    png: 'PNG (Bild, doppelte Auflösung)',
    svg: 'SVG (Vektorgrafik)',
    busy: 'Die Datei wird erstellt …',
    failed: 'Die Datei konnte nicht erstellt werden.',
    done: 'Die Datei {format} wurde erstellt.',
  },
  en: {
    download: 'Download',
    csv: 'CSV (table)',
    xlsx: 'XLSX (Excel workbook)',
    png: 'PNG (image, double resolution)',
    svg: 'SVG (vector graphic)',
    busy: 'Preparing the file …',
    failed: 'The file could not be created.',
    done: 'The {format} file is ready.',
  },
};
