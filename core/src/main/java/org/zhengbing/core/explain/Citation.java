package org.zhengbing.core.explain;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule or figure comes from: a document, its issuer, the article or section, its date and an address.
 *
 * <pre>{@code
 * Citation.builder().document("征兵工作条例").issuer("国务院、中央军委").article("第三十条")
 *     .date(LocalDate.of(2023, 4, 1)).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Citation {

  Citation() {}

  /**
   * Returns the document's title, such as {@code 征兵工作条例}.
   *
   * @return the title, never null
   */
  public abstract String document();

  /**
   * Returns the issuing body, such as {@code 国务院、中央军委}.
   *
   * @return the issuer, if known
   */
  public abstract Optional<String> issuer();

  /**
   * Returns the article or section, such as {@code 第三十条}.
   *
   * @return the article, if any
   */
  public abstract Optional<String> article();

  /**
   * Returns the date of the document.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns an address where the text, or a report of it, can be read.
   *
   * @return the address, if any
   */
  public abstract Optional<String> url();

  /**
   * Returns a note on how the value was read from the source, or what is uncertain about it.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (document().isBlank()) {
      throw new IllegalArgumentException("citation document must not be blank, but was '" + document() + "'");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a citation of a document alone.
   *
   * @param document  the title, not blank
   * @return the citation, never null
   */
  public static Citation of(String document) {
    return builder().document(document).build();
  }

  /**
   * Returns a short form for people: {@code 《征兵工作条例》第三十条 (国务院、中央军委, 2023-04-01)}.
   *
   * @return the text, never null
   */
  public String toShortString() {
    StringBuilder s = new StringBuilder("《").append(document()).append('》');
    article().ifPresent(s::append);
    if (issuer().isPresent() || date().isPresent()) {
      s.append(" (");
      issuer().ifPresent(s::append);
      if (issuer().isPresent() && date().isPresent()) {
        s.append(", ");
      }
      date().ifPresent(s::append);
      s.append(')');
    }
    return s.toString();
  }

  /** Builds a {@link Citation}. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
