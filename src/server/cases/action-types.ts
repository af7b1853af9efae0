import type { LocalDate } from '../../domain/calendar/local-date.js';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar.js';
import type { CaseSnapshot } from '../../domain/closure/snapshot.js';
import type { PolicyValues } from '../../domain/settings/policy-parameters.js';
import type { Actor } from '../access/gate.js';
import type { AppContext } from '../app-context.js';
import type { Database } from '../db/database.js';
import type { closureCases } from '../db/schema/index.js';
import type { Issuer } from '../pdf/paper.js';
import type { CaseWithAccount } from './cases.repository.js';
import type { PaperData, PaperKind } from './papers.js';

export interface ActionContext<P> {
  tx: Database;
  app: AppContext;
  actor: Actor;
  kase: CaseWithAccount;
  snapshot: CaseSnapshot;
  payload: P;
  today: LocalDate;
  now: Date;
  calendar: WorkingDayCalendar;
  policy: PolicyValues;
  /** The company and outlet named on papers; read only by actions that issue one. */
  issuer(): Promise<Issuer>;
  /** Applicant's name and phone in clear, for papers and messages. */
  applicant: { name: string; phone: string };
  paperNo(kind: PaperKind): Promise<string>;
  /** A number from the shared paper sequence with another prefix, e.g. an archive number. */
  serialNo(prefix: string): Promise<string>;
}

export interface ActionResult {
  /** Which outcome of the transition table applies. */
  outcome: string;
  /** One sentence for the timeline. */
  summary: string;
  data?: Record<string, unknown>;
  caseUpdate?: Partial<typeof closureCases.$inferInsert>;
  papers?: { [K in PaperKind]?: PaperData[K] };
  /** Values for the message templates this outcome queues. */
  message?: Record<string, string>;
}

/** An action's own work: the records it writes. The executor does the rest (state, deadlines, tasks, papers…). */
export interface ActionHandler<P> {
  /** Facts read before deciding, e.g. the ledger for a fee check. */
  prepare?(
    c: Omit<ActionContext<P>, 'snapshot'> & { snapshot: CaseSnapshot },
  ): Promise<Partial<CaseSnapshot>>;
  /** Extra facts the guards read beside the payload, e.g. the sealing rules in force. */
  guardInput?(c: ActionContext<P>): Promise<Record<string, unknown>>;
  execute(c: ActionContext<P>): Promise<ActionResult>;
}
