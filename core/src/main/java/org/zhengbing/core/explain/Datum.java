package org.zhengbing.core.explain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.zhengbing.core.money.Cny;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/**
 * A typed value: a parameter's value, or an input or result of an explanation step.
 *
 * <p>One variant per {@link Kind}. Tables map the constants of a named enumeration (such as
 * {@code education_category}) to values of one kind; lists hold values of one kind.
 *
 * <p>All variants are immutable and thread-safe.
 */
public sealed interface Datum {

  /** The kinds of value. */
  enum Kind {
    /** An amount in CNY. */
    MONEY,
    /** A {@link Rate}. */
    RATE,
    /** A whole number, such as days, points or places. */
    INTEGER,
    /** An exact decimal number, such as a multiple of a wage. */
    DECIMAL,
    /** A date. */
    DATE,
    /** A month and day that recurs each year. */
    MONTH_DAY,
    /** A closed span of dates. */
    DATE_SPAN,
    /** A window that recurs each year, relative to the year. */
    ANNUAL_WINDOW,
    /** A yes or no. */
    BOOLEAN,
    /** A text in Chinese and English. */
    TEXT,
    /** One constant of a named enumeration. */
    ENUM,
    /** A map from the constants of a named enumeration to values of one kind. */
    TABLE,
    /** A list of values of one kind. */
    LIST
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  Kind kind();

  /** An amount in CNY. @param value the amount */
  record OfMoney(Money value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfMoney {
      Cny.requireCny(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.MONEY;
    }

    @Override
    public String toString() {
      return value.getAmount().toPlainString();
    }
  }

  /** A rate. @param value the rate */
  record OfRate(Rate value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfRate {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.RATE;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A whole number. @param value the number */
  record OfInteger(long value) implements Datum {
    @Override
    public Kind kind() {
      return Kind.INTEGER;
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /** An exact decimal, compared by value (2.5 equals 2.50). @param value the number */
  record OfDecimal(BigDecimal value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfDecimal {
      checkNotNull(value, "value");
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public Kind kind() {
      return Kind.DECIMAL;
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A date. @param value the date */
  record OfDate(LocalDate value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfDate {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.DATE;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A recurring month-day. @param value the month-day */
  record OfMonthDay(MonthDay value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfMonthDay {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.MONTH_DAY;
    }

    @Override
    public String toString() {
      return value.toString().substring(2);
    }
  }

  /** A closed date span. @param value the span */
  record OfDateSpan(DateSpan value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfDateSpan {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.DATE_SPAN;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A recurring window. @param value the window */
  record OfAnnualWindow(AnnualWindow value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfAnnualWindow {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.ANNUAL_WINDOW;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A yes or no. @param value the flag */
  record OfBoolean(boolean value) implements Datum {
    @Override
    public Kind kind() {
      return Kind.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A bilingual text. @param value the text */
  record OfText(LocalizedText value) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param value  the value, not null
     */
    public OfText {
      checkNotNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A constant of a named enumeration. @param domain the enumeration @param constant the constant */
  record OfEnum(String domain, String constant) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param domain  the domain, not null
     * @param constant  the constant, not null
     */
    public OfEnum {
      checkNotNull(domain, "domain");
      checkNotNull(constant, "constant");
    }

    @Override
    public Kind kind() {
      return Kind.ENUM;
    }

    @Override
    public String toString() {
      return constant;
    }
  }

  /**
   * A table from the constants of an enumeration to values of one kind; constants may be absent.
   *
   * @param domain the enumeration
   * @param valueKind the kind of every value
   * @param values the values by constant, in declaration order
   */
  record OfTable(String domain, Kind valueKind, ImmutableMap<String, Datum> values) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param domain  the domain, not null
     * @param valueKind  the kind of every value, not null
     * @param values  the values by constant, not null
     */
    public OfTable {
      checkNotNull(domain, "domain");
      checkNotNull(valueKind, "valueKind");
      checkNotNull(values, "values");
      for (Map.Entry<String, Datum> e : values.entrySet()) {
        checkArgument(e.getValue().kind() == valueKind,
            "table %s values must be of kind %s, but %s was %s", domain, valueKind, e.getKey(), e.getValue().kind());
      }
    }

    @Override
    public Kind kind() {
      return Kind.TABLE;
    }

    @Override
    public String toString() {
      return values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** A list of values of one kind. @param elementKind the kind of every element @param values the elements */
  record OfList(Kind elementKind, ImmutableList<Datum> values) implements Datum {
    /**
     * Creates the datum, rejecting a null component (and, for an amount, one not in CNY).
     *
     * @param elementKind  the kind of every element, not null
     * @param values  the values, not null
     */
    public OfList {
      checkNotNull(elementKind, "elementKind");
      checkNotNull(values, "values");
      for (Datum d : values) {
        checkArgument(d.kind() == elementKind, "list elements must be of kind %s, but one was %s", elementKind,
            d.kind());
      }
    }

    @Override
    public Kind kind() {
      return Kind.LIST;
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }

  /**
   * Wraps an amount.
   *
   * @param value  the amount in CNY, not null
   * @return the datum, never null
   */
  static Datum of(Money value) {
    return new OfMoney(value);
  }

  /**
   * Wraps a rate.
   *
   * @param value  the rate, not null
   * @return the datum, never null
   */
  static Datum of(Rate value) {
    return new OfRate(value);
  }

  /**
   * Wraps a whole number.
   *
   * @param value  the number
   * @return the datum, never null
   */
  static Datum of(long value) {
    return new OfInteger(value);
  }

  /**
   * Wraps an exact decimal.
   *
   * @param value  the number, not null
   * @return the datum, never null
   */
  static Datum of(BigDecimal value) {
    return new OfDecimal(value);
  }

  /**
   * Wraps a date.
   *
   * @param value  the date, not null
   * @return the datum, never null
   */
  static Datum of(LocalDate value) {
    return new OfDate(value);
  }

  /**
   * Wraps a date span.
   *
   * @param value  the span, not null
   * @return the datum, never null
   */
  static Datum of(DateSpan value) {
    return new OfDateSpan(value);
  }

  /**
   * Wraps a flag.
   *
   * @param value  the flag
   * @return the datum, never null
   */
  static Datum of(boolean value) {
    return new OfBoolean(value);
  }

  /**
   * Wraps a bilingual text.
   *
   * @param value  the text, not null
   * @return the datum, never null
   */
  static Datum of(LocalizedText value) {
    return new OfText(value);
  }
}
