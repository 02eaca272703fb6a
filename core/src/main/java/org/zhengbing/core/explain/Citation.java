package org.zhengbing.core.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule or figure comes from: a document (its title in Chinese and in English), its issuer, the article or
 * section with the article's text, its date and an address.
 *
 * <pre>{@code
 * Citation.builder().document("征兵工作条例").documentEn("Regulations on Conscription Work")
 *     .issuer("国务院、中央军委").article("第三十条").date(LocalDate.of(2023, 4, 1)).build();
 * }</pre>
 *
 * <p>The {@link #kind() kind} decides how the title is shown: only a {@link CitationKind#DOCUMENT document}'s title
 * is put in Chinese book-title marks (《》); a report's description and the library's own reading never are.
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
   * Returns the title in English, such as {@code Regulations on Conscription Work}.
   *
   * @return the English title, if given
   */
  public abstract Optional<String> documentEn();

  /**
   * Returns what the citation points at: a document, a report, or the library's own reading.
   *
   * @return the kind, {@link CitationKind#DOCUMENT} unless set, never null
   */
  @Value.Default
  public CitationKind kind() {
    return CitationKind.DOCUMENT;
  }

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
   * Returns the text of the cited article, copied from the primary text, so a reader sees the rule's words next to
   * the figure.
   *
   * @return the article's text, if bundled
   */
  public abstract Optional<String> articleText();

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
    if (articleText().isPresent() && article().isEmpty()) {
      throw new IllegalArgumentException("citation of '" + document() + "' has an article text but no article");
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
   * Returns a copy with another note.
   *
   * @param note  the note, not null
   * @return the copy, never null
   */
  public Citation withNote(String note) {
    return copy(article(), articleText(), Optional.of(note));
  }

  /**
   * Returns a copy citing another article, with the article's text if known.
   *
   * @param article  the article, such as {@code 第三十条}, not null
   * @param text  the article's text, if bundled, not null
   * @return the copy, never null
   */
  public Citation withArticle(String article, Optional<String> text) {
    return copy(Optional.of(article), text, note());
  }

  private Citation copy(Optional<String> article, Optional<String> text, Optional<String> note) {
    return builder().document(document()).documentEn(documentEn()).kind(kind()).issuer(issuer()).article(article)
        .articleText(text).date(date()).url(url()).note(note).build();
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
   * Returns the title in a language: the Chinese title, or the English one where given (else the Chinese).
   *
   * @param locale  the reader's language, not null
   * @return the title, never null
   */
  public String title(Locale locale) {
    return isChinese(locale) ? document() : documentEn().orElse(document());
  }

  /**
   * Returns the article in a language: {@code 第三十条} in Chinese, {@code Art. 30} in English.
   *
   * @param locale  the reader's language, not null
   * @return the article, if any
   */
  public Optional<String> article(Locale locale) {
    return isChinese(locale) ? article() : article().map(Citation::englishArticle);
  }

  /**
   * Returns the Chinese short form: {@code 《征兵工作条例》第三十条（国务院、中央军委，2023-04-01）}.
   *
   * @return the text, never null
   */
  public String toShortString() {
    return toShortString(Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * Returns a short form for people in a language. In Chinese a document's title is put in book-title marks
   * ({@code 《征兵工作条例》第三十条（国务院、中央军委，2023-04-01）}); a report's description is not, and the library's
   * own reading says that it is one. In English: {@code Regulations on Conscription Work, Art. 30 (国务院、中央军委,
   * 2023-04-01)}.
   *
   * @param locale  the reader's language, not null
   * @return the text, never null
   */
  public String toShortString(Locale locale) {
    boolean zh = isChinese(locale);
    StringBuilder s = new StringBuilder();
    if (zh && kind() == CitationKind.DOCUMENT) {
      s.append('《').append(document()).append('》');
      article().ifPresent(s::append);
    } else {
      s.append(title(locale));
      article(locale).ifPresent(a -> s.append(zh ? "" : ", ").append(a));
    }
    List<String> details = new ArrayList<>(3);
    if (kind() == CitationKind.LIBRARY) {
      details.add(zh ? "本库的示例或解读，非官方文件" : "Zhengbing's own reading, not an official document");
    } else {
      issuer().ifPresent(details::add);
    }
    date().ifPresent(d -> details.add(d.toString()));
    if (!details.isEmpty()) {
      s.append(zh ? "（" : " (").append(String.join(zh ? "，" : ", ", details)).append(zh ? "）" : ")");
    }
    return s.toString();
  }

  private static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** {@code 第二百零二条} to {@code Art. 202}; text that is not of that form is returned unchanged. */
  static String englishArticle(String article) {
    int para = article.indexOf("条第");
    if (para > 0 && article.endsWith("款")) {
      String a = englishArticle(article.substring(0, para + 1));
      String p = englishArticle("第" + article.substring(para + 2, article.length() - 1) + "条");
      return a.startsWith("Art. ") && p.startsWith("Art. ") ? a + "(" + p.substring(5) + ")" : article;
    }
    if (!article.startsWith("第") || !article.endsWith("条") || article.length() < 3) {
      return article;
    }
    String n = article.substring(1, article.length() - 1);
    int total = 0;
    int digit = -1;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
      } else if (c == '十' || c == '百') {
        int unit = c == '十' ? 10 : 100;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else {
        return article;
      }
    }
    if (digit > 0) {
      total += digit;
    }
    return total == 0 ? article : "Art. " + total;
  }

  /** Builds a {@link Citation}. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
