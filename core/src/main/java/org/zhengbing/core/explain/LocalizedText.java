package org.zhengbing.core.explain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A short text in Chinese and English, such as a parameter's label.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalizedText {

  private final String zh;
  private final String en;

  private LocalizedText(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Obtains a text in both languages.
   *
   * @param zh  the Chinese text, not blank
   * @param en  the English text, not blank
   * @return the text, never null
   * @throws IllegalArgumentException if either text is blank
   */
  public static LocalizedText of(String zh, String en) {
    checkNotNull(zh, "zh");
    checkNotNull(en, "en");
    checkArgument(!zh.isBlank(), "Chinese text must not be blank, but was '%s'", zh);
    checkArgument(!en.isBlank(), "English text must not be blank, but was '%s'", en);
    return new LocalizedText(zh, en);
  }

  /**
   * Returns the Chinese text.
   *
   * @return the text, never null
   */
  public String zh() {
    return zh;
  }

  /**
   * Returns the English text.
   *
   * @return the text, never null
   */
  public String en() {
    return en;
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale  the locale, not null
   * @return the text, never null
   */
  public String in(Locale locale) {
    checkNotNull(locale, "locale");
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LocalizedText && ((LocalizedText) obj).zh.equals(zh) && ((LocalizedText) obj).en.equals(en);
  }

  @Override
  public int hashCode() {
    return zh.hashCode() * 31 + en.hashCode();
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
