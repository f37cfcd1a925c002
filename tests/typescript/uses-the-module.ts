// The JavaScript module's TypeScript declarations, as a host page would use
// them: `tsc --noEmit` over this file (scripts/test.sh) fails if a type the
// docs promise is missing or wrong. It is type-checked, never run.
import init, { about, checkKeyFormat, evaluate, link, topics } from "../../dist/rules/licensing-rules.js";
import type { About, Evaluation, KeyCheck, QuestionId, Statement, Topic, TopicId, Verdict } from "../../dist/rules/licensing-rules.js";

export async function example(): Promise<string[]> {
  await init();
  const all: Topic[] = topics();
  const kms = all.find((t) => t.id === "kms");
  const prompts: string[] = kms ? kms.questions.map((q) => q.prompt) : [];
  const labels: string[] = all.flatMap((t) => t.questions.flatMap((q) => (q.choices ?? []).map((c) => c.label)));

  const step: Evaluation = evaluate({ topic: "sharing", answers: { "licenses-in-use": 40, "license-cap": "50" }, asOf: "2026-11-28" });
  const lines: string[] = [];
  switch (step.kind) {
    case "question":
      lines.push(`${step.question}: ${step.step} of ${step.of}`);
      break;
    case "result": {
      const verdict: Verdict = step.verdict;
      const why: Statement[] = step.reasons;
      lines.push(verdict, step.headline.text, step.faq.citation, step.attributes["outcome"] ?? "");
      for (const reason of why) lines.push(reason.label ?? "", ...reason.points.map((p) => p.says));
      for (const branch of step.branches) lines.push(branch.outcome, ...branch.when.map((w) => Object.keys(w).join()));
      break;
    }
    case "needsDate":
    case "error":
      lines.push(step.message);
      break;
    default:
      lines.push(step.kind);
  }
  // Ids are literal types: a misspelt one does not compile.
  // @ts-expect-error: "kmss" is no topic
  evaluate({ topic: "kmss" });
  // @ts-expect-error: "volume-licencing" is no question
  evaluate({ topic: "kms", answers: { "volume-licencing": "no" } });
  const id: TopicId = all[0].id;
  const asked: QuestionId[] = step.kind === "result" ? step.notAsked : [];
  const release: About = about();
  lines.push(id, ...asked, release.version, release.faqRevision, release.contract);
  const key: KeyCheck = checkKeyFormat("ABCDE-12345-FGHIJ-67890-KLMNO");
  const deep: string = link("?topic=kms&volume-licensing=no");
  return [...prompts, ...labels, ...lines, key.format, key.explanation, deep];
}
