// The checks a file upload makes on the chosen files, as pure functions, so
// a server in JavaScript can make the same ones: the type against `accept`,
// the size against a limit, and how many. Sizes use 1KB = 1024 bytes and
// 1MB = 1024KB, as most servers' upload limits do.
import { wholeNumber } from '../../core/whole-number.js';

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** A size in bytes from a number of bytes or text such as "2MB", "500KB", "1.5 MB"; undefined when it is neither. */
export function sizeInBytes(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(value);
    if (match === null) return undefined;
    const [, amount = '', unit = 'B'] = match;
    const bytes = Math.floor(Number(amount) * (UNITS[unit.toUpperCase()] ?? 1));
    return bytes > 0 ? bytes : undefined;
  }
  const bytes = wholeNumber(value, 1);
  return bytes;
}

/** A size as people read it in a message: "2MB", "1.5MB", "500KB". */
export function sizeText(bytes: number): string {
  for (const unit of ['GB', 'MB', 'KB'] as const) {
    const size = UNITS[unit] ?? 1;
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))}${unit}`;
  }
  return `${bytes} bytes`;
}

/** The accepted types of an `accept` attribute: ".pdf", "image/png", "image/*", lower-cased. */
export function acceptedTypes(accept: string | null | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((type) => type.trim().toLowerCase())
    .filter((type) => type !== '');
}

/** Whether a file is one of the accepted types, as the browser's file picker filters them; every file is when none are given. */
export function isAccepted(file: Pick<File, 'name' | 'type'>, types: readonly string[]): boolean {
  if (types.length === 0) return true;
  const name = file.name.toLowerCase();
  const mime = file.type.toLowerCase();
  return types.some((type) => {
    if (type.startsWith('.')) return name.endsWith(type);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}

// Names people know for common types; others are shown by their extension.
const TYPE_NAMES: Partial<Record<string, string>> = {
  '.jpeg': 'JPG',
  '.jpg': 'JPG',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** The accepted types as people name them, each once: ".pdf,.jpg,.jpeg,image/png" gives PDF, JPG, PNG. */
export function typeNames(types: readonly string[]): string[] {
  const names = types.map((type) => {
    const known = TYPE_NAMES[type];
    if (known !== undefined) return known;
    if (type.startsWith('.')) return type.slice(1).toUpperCase();
    if (type.endsWith('/*')) return type.slice(0, -2);
    return (type.split('/').pop() ?? type).toUpperCase();
  });
  return [...new Set(names)];
}
