package org.zhengbing.policy.accounts;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The words of one language, read from {@code words_<language>.properties} beside this class as UTF-8, without the
 * default locale or any fallback: a missing key is an error, never a silent default.
 */
final class Words {

  private static final class Zh {
    static final Words INSTANCE = load("zh");
  }

  private static final class En {
    static final Words INSTANCE = load("en");
  }

  private final String language;
  private final ImmutableMap<String, String> words;

  private Words(String language, ImmutableMap<String, String> words) {
    this.language = language;
    this.words = words;
  }

  static Words zh() {
    return Zh.INSTANCE;
  }

  static Words en() {
    return En.INSTANCE;
  }

  static Words load(String language) {
    String name = "words_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled word list is missing from the jar: " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String k : p.stringPropertyNames()) {
      b.put(k, p.getProperty(k));
    }
    return new Words(language, b.buildOrThrow());
  }

  ImmutableMap<String, String> all() {
    return words;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns the words of a key with {0}, {1}, ... replaced by the arguments, in order. */
  String get(String key, Object... args) {
    String w = words.get(key);
    if (w == null) {
      throw new MissingResourceException("words_" + language + ".properties must have the key '" + key
          + "', but has not", "Words", key);
    }
    if (args.length == 0) {
      return w;
    }
    StringBuilder out = new StringBuilder(w.length() + 32);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      int close = c == '{' ? w.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && isDigits(w, i + 1, close)) {
        int n = Integer.parseInt(w.substring(i + 1, close));
        if (n < args.length) {
          out.append(args[n]);
          i = close;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
