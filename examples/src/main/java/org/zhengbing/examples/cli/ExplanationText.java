package org.zhengbing.examples.cli;

import java.io.PrintWriter;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Step;

/** Prints an explanation as indented plain text: one block per step with its inputs, citation and rounding. */
final class ExplanationText {

  private ExplanationText() {}

  static void print(PrintWriter out, Explanation explanation, String indent) {
    int n = 0;
    for (Step s : explanation.steps()) {
      n++;
      out.println(indent + n + ". " + s.rule() + " = " + s.result() + (s.isIllustrative() ? "  [ILLUSTRATIVE]" : ""));
      for (Input i : s.inputs()) {
        out.println(indent + "     " + i.name() + " = " + i.value() + i.provenance().map(p -> "  (" + p.key() + ", "
            + p.scope() + ", from " + p.effectiveFrom() + ", " + p.confidence() + ")").orElse(""));
        i.provenance().ifPresent(p -> p.citation().articleText().ifPresent(t -> out.println(indent + "       "
            + p.citation().toShortString() + "：" + t.replace("\n", " "))));
      }
      s.citation().ifPresent(c -> out.println(indent + "     citation: " + c.toShortString()));
      s.rounding().ifPresent(r -> out.println(indent + "     rounding: " + r.exact().toPlainString() + " -> "
          + r.rounded().toPlainString() + " (" + r.mode() + ")"));
    }
    if (explanation.isIllustrative()) {
      out.println(indent + "rests on ILLUSTRATIVE parameters: " + String.join(", ", explanation.illustrativeKeys()));
    }
  }
}
