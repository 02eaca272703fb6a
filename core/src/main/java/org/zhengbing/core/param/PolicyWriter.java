package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengbing.core.explain.Citation;
import org.zhengbing.core.explain.CitationKind;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.explain.Provenance;

/**
 * Writes a {@link PolicyBook} as one policy file that {@link PolicyReader} reads back into an equal store.
 *
 * <p>Every value is written with its effective range ({@code from}, and {@code to} for a value that ends), its
 * region, confidence and an inline citation. Strings are written double-quoted, so any text survives.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyWriter {

  private PolicyWriter() {}

  /**
   * Writes a store as YAML.
   *
   * @param book  the store, not null
   * @return the YAML text, never null
   */
  public static String write(PolicyBook book) {
    checkNotNull(book, "book");
    StringBuilder out = new StringBuilder();
    out.append("format: zhengbing-policy/1\n");
    out.append("region: national\n");
    if (!book.domains().isEmpty()) {
      out.append("enums:\n");
      for (EnumDomain d : book.domains().values()) {
        out.append("  ").append(d.name()).append(":\n");
        out.append("    label: ").append(text(d.label())).append('\n');
        out.append("    values:\n");
        d.constants().forEach((c, l) -> out.append("      ").append(c).append(": ").append(text(l)).append('\n'));
      }
    }
    Map<String, List<ParameterEntry>> byKey = new LinkedHashMap<>();
    for (ParameterDefinition def : book.definitions().values()) {
      byKey.put(def.key(), book.entries(def.key()));
    }
    if (!byKey.isEmpty()) {
      out.append("parameters:\n");
    }
    for (ParameterDefinition def : book.definitions().values()) {
      out.append("  ").append(def.key()).append(":\n");
      out.append("    type: ").append(quote(def.type().toString())).append('\n');
      def.unit().ifPresent(u -> out.append("    unit: ").append(quote(u)).append('\n'));
      out.append("    label: ").append(text(def.label())).append('\n');
      def.description().ifPresent(d -> out.append("    description: ").append(text(d)).append('\n'));
      List<ParameterEntry> entries = byKey.get(def.key());
      if (entries.isEmpty()) {
        out.append("    values: []\n");
        continue;
      }
      out.append("    values:\n");
      for (ParameterEntry e : entries) {
        Provenance p = e.provenance();
        out.append("      - from: ").append(quote(p.effectiveFrom().toString())).append('\n');
        p.effectiveUntil().ifPresent(u -> out.append("        to: ").append(quote(u.minusDays(1).toString()))
            .append('\n'));
        if (!p.scope().isNational()) {
          out.append("        region: ").append(quote(p.scope().toString())).append('\n');
        }
        out.append("        value: ").append(value(e.value())).append('\n');
        out.append("        confidence: ").append(p.confidence().name()).append('\n');
        out.append("        citation: ").append(citation(p.citation())).append('\n');
      }
    }
    return out.toString();
  }

  private static String value(Datum d) {
    switch (d.kind()) {
      case MONEY:
        return ((Datum.OfMoney) d).value().getAmount().stripTrailingZeros().toPlainString();
      case INTEGER:
        return Long.toString(((Datum.OfInteger) d).value());
      case BOOLEAN:
        return Boolean.toString(((Datum.OfBoolean) d).value());
      case TEXT:
        return text(((Datum.OfText) d).value());
      case TABLE: {
        StringBuilder s = new StringBuilder("{");
        ((Datum.OfTable) d).values().forEach((k, v) -> {
          if (s.length() > 1) {
            s.append(", ");
          }
          s.append(k).append(": ").append(value(v));
        });
        return s.append('}').toString();
      }
      case LIST: {
        StringBuilder s = new StringBuilder("[");
        for (Datum v : ((Datum.OfList) d).values()) {
          if (s.length() > 1) {
            s.append(", ");
          }
          s.append(value(v));
        }
        return s.append(']').toString();
      }
      default:
        // rate, decimal, date, month-day, date span, annual window and enum constants are written as text
        return quote(d.toString());
    }
  }

  private static String citation(Citation c) {
    StringBuilder s = new StringBuilder("{document: ").append(quote(c.document()));
    c.documentEn().ifPresent(v -> s.append(", document_en: ").append(quote(v)));
    if (c.kind() != CitationKind.DOCUMENT) {
      s.append(", kind: ").append(c.kind().key());
    }
    c.issuer().ifPresent(v -> s.append(", issuer: ").append(quote(v)));
    c.article().ifPresent(v -> s.append(", article: ").append(quote(v)));
    c.articleText().ifPresent(v -> s.append(", articles: {").append(quote(c.article().orElseThrow())).append(": ")
        .append(quote(v)).append('}'));
    c.date().ifPresent(v -> s.append(", date: ").append(quote(v.toString())));
    c.url().ifPresent(v -> s.append(", url: ").append(quote(v)));
    c.note().ifPresent(v -> s.append(", note: ").append(quote(v)));
    return s.append('}').toString();
  }

  private static String text(LocalizedText t) {
    return "{zh: " + quote(t.zh()) + ", en: " + quote(t.en()) + "}";
  }

  /** Quotes a string in YAML's double-quoted style, escaping what must be escaped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
              || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' // not printable in YAML: must be escaped
              || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

}
