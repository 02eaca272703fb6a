package org.zhengbing.examples.cli;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.Provenance;
import org.zhengbing.core.param.ParameterDefinition;
import org.zhengbing.core.param.ParameterEntry;
import org.zhengbing.core.param.PolicyBook;

/**
 * The parameter reference (docs/parameters.md): every parameter a book defines, with its type, unit and labels, and
 * every value it holds, with scope, dates, confidence and source, as Markdown. Generated from the bundled YAML by
 * {@code policy list --format markdown}; a test fails when the committed page differs.
 */
final class ParameterReference {

  private ParameterReference() {}

  static String markdown(PolicyBook book) {
    StringBuilder out = new StringBuilder();
    out.append("# Parameter reference\n\n")
        .append("<!-- Generated from the bundled policy files by `java -jar examples/target/zhengbing.jar policy list")
        .append(" --format markdown > docs/parameters.md`; do not edit (a test fails when this page and the")
        .append(" bundled files disagree). -->\n\n")
        .append("Every parameter of the bundled policy (`PolicySets.sampleRegions()`: the national defaults of core,")
        .append(" the policy module's benefit, eligibility and accounts rules, and the five sample regions), in the")
        .append(" order the files define them. Each value is shown with the region scope it applies to, the dates it")
        .append(" is in force (`from` inclusive, `until` exclusive, blank if open-ended), its confidence and its")
        .append(" source. The format of the files is described in [policy files](policy-files.md). ")
        .append(book.definitions().size()).append(" parameters, ").append(book.entries().size())
        .append(" values.\n");
    for (ParameterDefinition def : book.definitions().values()) {
      out.append("\n## `").append(def.key()).append("`\n\n");
      out.append(cell(def.label().zh())).append(" / ").append(cell(def.label().en())).append(". Type `")
          .append(def.type()).append('`');
      def.unit().ifPresent(u -> out.append(", unit ").append(cell(u)));
      out.append(".\n");
      def.description().ifPresent(d -> out.append('\n').append(cell(d.en())).append('\n'));
      List<ParameterEntry> entries = book.entries(def.key()).stream()
          .sorted(Comparator.comparing((ParameterEntry e) -> e.provenance().scope().toString())
              .thenComparing(e -> e.provenance().effectiveFrom()))
          .collect(Collectors.toList());
      if (entries.isEmpty()) {
        out.append("\nNo bundled value: a region's own file sets it.\n");
        continue;
      }
      out.append("\n| scope | from | until | value | confidence | source |\n|---|---|---|---|---|---|\n");
      for (ParameterEntry e : entries) {
        Provenance p = e.provenance();
        out.append("| ").append(p.scope()).append(" | ").append(p.effectiveFrom()).append(" | ")
            .append(p.effectiveUntil().map(Object::toString).orElse("")).append(" | ")
            .append(cell(e.value().toString())).append(" | ").append(p.confidence()).append(" | ")
            .append(cell(source(p.citation()))).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String source(Citation c) {
    StringBuilder s = new StringBuilder(c.document());
    c.article().ifPresent(a -> s.append(", ").append(a));
    c.issuer().ifPresent(i -> s.append(" (").append(i).append(')'));
    c.date().ifPresent(d -> s.append(", ").append(d));
    return s.toString();
  }

  /** A table cell or inline text: one line, pipes escaped. */
  private static String cell(String text) {
    return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|").strip();
  }
}
