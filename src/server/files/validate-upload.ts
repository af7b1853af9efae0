import { DomainError } from '../../domain/errors.js';
import { CONTENT_TYPES, type FileType, sniffFileType } from './file-type.js';

const MB = 1024 * 1024;

/** Megabytes to two decimals; a size is rounded up so that one byte over "10 MB" never reads "10 MB". */
function megabytes(bytes: number, round: (n: number) => number): string {
  return String(round((bytes / MB) * 100) / 100);
}

function refuse(message: string): DomainError {
  return new DomainError('UNSUPPORTED_FILE', message, [{ path: 'file', message }]);
}

/** SPEC §8: an upload is accepted only if it is non-empty, within the size limit and a PDF, JPEG or PNG by content. */
export function validateUpload(
  bytes: Uint8Array,
  limits: { maxBytes: number },
): { type: FileType; contentType: string } {
  if (bytes.length === 0) {
    throw refuse('上传的文件是空的（0 字节），请重新选择文件。');
  }
  if (bytes.length > limits.maxBytes) {
    throw refuse(
      `文件大小为 ${megabytes(bytes.length, Math.ceil)} MB，超过上限 ${megabytes(limits.maxBytes, Math.round)} MB，请压缩或分页扫描后再上传。`,
    );
  }
  const type = sniffFileType(bytes);
  if (!type) {
    throw refuse('不支持的文件格式：仅接受 PDF、JPEG、PNG 文件（按文件内容识别，修改扩展名无效）。');
  }
  return { type, contentType: CONTENT_TYPES[type] };
}
