// A host page's code importing the module by its URL, with the declarations
// mapped as docs/javascript.md shows (tsconfig.json here): type-checked, never run.
import init, { evaluate, type TopicId } from "https://licensing.example.com/rules/licensing-rules.js";

const topic: TopicId = "kms";

export async function kind(): Promise<string> {
  await init();
  return evaluate({ topic }).kind;
}

// @ts-expect-error: "kmss" is no topic
export const misspelt: TopicId = "kmss";
