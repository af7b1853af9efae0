import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/chain-hash.js';
import { documentsOf, eventsOf } from '../cases/cases.repository.js';
import type { Database } from '../db/database.js';

export interface BundleManifest {
  files: Array<{
    documentId: string;
    kind: string;
    materialKind: string | null;
    paperNo: string | null;
    fileName: string;
    sha256: string;
    size: number;
  }>;
  timelineSha256: string;
  events: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The case's bundle as it stands: every file with its content hash, and a hash of the timeline.
 * Hashing the canonical manifest gives one number that changes if any part of the file changes.
 */
export async function caseBundle(
  db: Database,
  caseId: string,
): Promise<{ manifest: BundleManifest; sha256: string }> {
  const [documents, events] = [await documentsOf(db, caseId), await eventsOf(db, caseId)];
  const manifest: BundleManifest = {
    files: documents.map((d) => ({
      documentId: d.id,
      kind: d.kind,
      materialKind: d.materialKind,
      paperNo: d.paperNo,
      fileName: d.fileName,
      sha256: d.sha256,
      size: d.size,
    })),
    timelineSha256: sha256(
      canonicalJson(
        events.map((e) => ({
          at: e.at.toISOString(),
          actor: e.actorUsername,
          action: e.action,
          summary: e.summary,
        })),
      ),
    ),
    events: events.length,
  };
  return { manifest, sha256: sha256(canonicalJson(manifest)) };
}
