import type { AppContext } from '../app-context.js';

/** The public page a certificate's QR code opens; `h` lets the page tell a genuine paper from an altered one. */
export function verificationUrl(app: AppContext, certificateNo: string, bundleSha256: string): string {
  return `${app.config.publicBaseUrl}/verify/${certificateNo}?h=${bundleSha256.slice(0, 16)}`;
}
