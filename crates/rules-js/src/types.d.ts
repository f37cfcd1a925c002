/** What a sentence rests on: the FAQ's points, the project's reading of them,
 * the caller's answers, general advice, or what the tool itself does. */
export type Basis = "faq" | "reading" | "answers" | "advice" | "tool";

/** A claim of the FAQ, in the project's own words. */
export interface Point {
  id: string;
  says: string;
  /** The FAQ entry it is from: "Section › question". */
  entry: string;
}

/** A sentence and what it rests on. Show `label` with it when present. */
export interface Statement {
  text: string;
  basis: Basis;
  label: string | null;
  points: Point[];
}

export interface Choice {
  id: AnswerId;
  label: string;
  hint: Statement | null;
}

export interface Question {
  id: QuestionId;
  kind: "choice" | "number" | "date";
  prompt: string;
  hint: Statement | null;
  /** For a choice question, its answers; null otherwise. */
  choices: Choice[] | null;
}

export type Verdict = "eligible" | "not-eligible" | "conditional";

export interface Topic {
  id: TopicId;
  section: string;
  title: string;
  /** The question in the user's words. */
  asks: string;
  /** The yes-or-no question every verdict answers. */
  verdictQuestion: string;
  summary: Statement;
  questions: Question[];
  outcomes: { id: OutcomeId; verdict: Verdict }[];
}

/** A state: a topic, answers by question id, and a date standing in for today. */
export interface State {
  topic: TopicId | ToolId;
  /** Answer ids for choice questions, whole numbers for number questions, YYYY-MM-DD for dates. */
  answers?: Partial<Record<QuestionId, string | number>>;
  /** YYYY-MM-DD; without it, the caller's local date. */
  asOf?: string;
}

export interface FaqEntry {
  section: string;
  question: string;
  citation: string;
}

/** One outcome a result names, and the answers (question id → answer id) that lead to it. */
export interface Branch {
  outcome: OutcomeId;
  verdict: Verdict;
  when: Partial<Record<QuestionId, AnswerId>>[];
  headline: Statement;
  details: Statement[];
  reasons: Statement[];
  decidedBy: Statement | null;
  nextSteps: Statement[];
  /** Situations the outcome's questions do not tell apart, said as limits of the answer. */
  limits: Statement[];
}

export interface QuestionStep {
  kind: "question";
  topic: TopicId;
  question: QuestionId;
  /** "Question step of of". */
  step: number;
  of: number;
  ignored: string[];
}

export interface ResultStep {
  kind: "result";
  topic: TopicId;
  verdict: Verdict;
  /** The outcome's id; several, space-separated, when a link settled early. */
  outcome: string;
  /** Exactly what the app puts on #result as data-*, without "data-". */
  attributes: Record<string, string>;
  headline: Statement;
  details: Statement[];
  reasons: Statement[];
  decidedBy: Statement | null;
  nextSteps: Statement[];
  /** Situations the outcome's questions do not tell apart, said as limits of the answer. */
  limits: Statement[];
  scope: Statement | null;
  faq: FaqEntry;
  branches: Branch[];
  notAsked: QuestionId[];
  ignored: string[];
}

export type Evaluation =
  | QuestionStep
  | ResultStep
  | { kind: "none"; ignored: string[] }
  | { kind: "tool"; topic: ToolId; ignored: string[] }
  | { kind: "tree"; topic: TopicId; ignored: string[] }
  | { kind: "needsDate"; topic: TopicId; message: string; ignored: string[] }
  | { kind: "error"; message: string };

export interface KeyCheck {
  format: "valid" | "invalid";
  explanation: string;
}

/** What the module is: the build it came with (as the app's page names it),
 * the FAQ revision its rules follow, and the version of the public contract
 * (the ids and names host pages rely on; CHANGELOG.md). */
export interface About {
  version: string;
  faqRevision: string;
  contract: string;
}
