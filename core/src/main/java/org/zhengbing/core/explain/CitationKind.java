package org.zhengbing.core.explain;

/**
 * What a citation points at, which decides how its title is shown: a published document's own title is shown in
 * Chinese book-title marks (《》), a description of a report is not, and the library's own reading is never
 * shown as a document.
 */
public enum CitationKind {
  /** A published text with its own Chinese title, such as a law, a regulation or a notice (shown in 《》). */
  DOCUMENT,
  /**
   * A report or page that the citation describes rather than titles, such as a relay of a notice or a
   * foreign-language page (shown without 《》).
   */
  REPORT,
  /** The library's own reading: an illustrative figure or an interpretation, never an official document. */
  LIBRARY;

  /**
   * Parses the name used in policy files: {@code document}, {@code report} or {@code library}.
   *
   * @param text  the name, not null
   * @return the kind, never null
   * @throws IllegalArgumentException if the name is none of these
   */
  public static CitationKind parse(String text) {
    for (CitationKind k : values()) {
      if (k.key().equals(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException("citation kind must be document, report or library, but was '" + text + "'");
  }

  /**
   * Returns the name used in policy files.
   *
   * @return the name, never null
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
