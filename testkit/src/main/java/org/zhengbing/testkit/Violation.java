package org.zhengbing.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.zhengbing.core.region.RegionScope;

/**
 * One breach of a conformance rule: the rule, the parameter key, the region scope and dates concerned, a message,
 * and where the value was read ({@code file:line:column}) when known.
 *
 * @param rule  the rule broken
 * @param key  the parameter key, or a description of the subject (such as {@code calendar}) when no single key
 * @param scope  the region scope
 * @param from  the first day concerned, {@link #NO_DATE} if the violation concerns no dates (a file that does not
 *     read)
 * @param until  the first day no longer concerned, empty if open-ended
 * @param message  what is wrong, naming the values
 * @param origin  where the value was read, if known
 */
public record Violation(ConformanceRule rule, String key, RegionScope scope, LocalDate from,
    Optional<LocalDate> until, String message, Optional<String> origin) {

  /** The {@code from} of a violation that concerns no dates. */
  public static final LocalDate NO_DATE = LocalDate.MIN;

  /**
   * Checks the components.
   *
   * @param rule  the rule broken, not null
   * @param key  the parameter key or subject, not null
   * @param scope  the region scope, not null
   * @param from  the first day concerned or {@link #NO_DATE}, not null
   * @param until  the first day no longer concerned, empty if open-ended, not null
   * @param message  what is wrong, not blank
   * @param origin  where the value was read, if known, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the message is blank or the dates are out of order
   */
  public Violation {
    checkNotNull(rule, "rule");
    checkNotNull(key, "key");
    checkNotNull(scope, "scope");
    checkNotNull(from, "from");
    checkNotNull(until, "until");
    checkNotNull(message, "message");
    checkNotNull(origin, "origin");
    checkArgument(!message.isBlank(), "violation message must not be blank, but was '%s'", message);
    checkArgument(until.isEmpty() || until.get().isAfter(from),
        "violation dates must end after %s, but ended %s", from, until.orElse(null));
  }

  /**
   * Returns the dates as text: {@code 2021-01-01..2022-01-01} (end exclusive), {@code 2021-01-01..} if open, or
   * empty for {@link #NO_DATE}.
   *
   * @return the dates, never null
   */
  public String dates() {
    return from.equals(NO_DATE) ? "" : from + ".." + until.map(LocalDate::toString).orElse("");
  }

  /**
   * Returns one line for a terminal: {@code [rule] key @ scope dates (origin): message}.
   *
   * @return the line, never null
   */
  public String toLine() {
    String dates = dates();
    return "[" + rule.id() + "] " + key + " @ " + scope + (dates.isEmpty() ? "" : " " + dates)
        + origin.map(o -> " (" + o + ")").orElse("") + ": " + message;
  }

  @Override
  public String toString() {
    return toLine();
  }
}
