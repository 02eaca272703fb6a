package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.explain.LocalizedText;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.time.AnnualWindow;
import org.zhengbing.core.time.DateSpan;

/**
 * A typed handle on a parameter: its dotted name and the Java type its values are read as.
 *
 * <pre>{@code
 * static final ParameterKey<Money> ANNUAL_STANDARD = ParameterKey.money("family_payment.annual_standard");
 * Money standard = book.resolve(ANNUAL_STANDARD, region, date).value();
 * }</pre>
 *
 * <p>The store checks that the key's type matches the parameter's declared type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the Java type of the values
 */
public final class ParameterKey<T> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  private final String name;
  private final ParameterType type;
  private final Function<Datum, T> convert;

  private ParameterKey(String name, ParameterType type, Function<Datum, T> convert) {
    this.name = checkName(name);
    this.type = type;
    this.convert = convert;
  }

  /**
   * Checks a parameter name: dotted lower-case segments, at least two, such as {@code family_payment.uplift}.
   *
   * @param name  the name, not null
   * @return the name, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static String checkName(String name) {
    checkNotNull(name, "name");
    checkArgument(NAME.matcher(name).matches(), "parameter key must be dotted lower-case segments such as "
        + "'family_payment.annual_standard', but was '%s'", name);
    return name;
  }

  /**
   * A money parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<Money> money(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.MONEY), d -> ((Datum.OfMoney) d).value());
  }

  /**
   * A rate parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<Rate> rate(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.RATE), d -> ((Datum.OfRate) d).value());
  }

  /**
   * A whole-number parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<Long> integer(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.INTEGER), d -> ((Datum.OfInteger) d).value());
  }

  /**
   * An exact decimal parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<BigDecimal> decimal(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.DECIMAL), d -> ((Datum.OfDecimal) d).value());
  }

  /**
   * A date parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<LocalDate> date(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.DATE), d -> ((Datum.OfDate) d).value());
  }

  /**
   * A month-day parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<MonthDay> monthDay(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.MONTH_DAY), d -> ((Datum.OfMonthDay) d).value());
  }

  /**
   * A date-span parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<DateSpan> dateSpan(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.DATE_SPAN), d -> ((Datum.OfDateSpan) d).value());
  }

  /**
   * An annual-window parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<AnnualWindow> annualWindow(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.ANNUAL_WINDOW),
        d -> ((Datum.OfAnnualWindow) d).value());
  }

  /**
   * A yes-or-no parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<Boolean> bool(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.BOOLEAN), d -> ((Datum.OfBoolean) d).value());
  }

  /**
   * A bilingual text parameter.
   *
   * @param name  the key, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<LocalizedText> text(String name) {
    return new ParameterKey<>(name, ParameterType.scalar(Kind.TEXT), d -> ((Datum.OfText) d).value());
  }

  /**
   * An enumeration-constant parameter, read as the constant's name.
   *
   * @param name  the key, not null
   * @param domain  the enumeration, not null
   * @return the key, never null
   */
  public static ParameterKey<String> enumConstant(String name, String domain) {
    return new ParameterKey<>(name, ParameterType.enumOf(domain), d -> ((Datum.OfEnum) d).constant());
  }

  /**
   * A table of rates.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<Rate>> rateTable(String name, String domain) {
    return table(name, domain, Kind.RATE, d -> ((Datum.OfRate) d).value());
  }

  /**
   * A table of amounts.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<Money>> moneyTable(String name, String domain) {
    return table(name, domain, Kind.MONEY, d -> ((Datum.OfMoney) d).value());
  }

  /**
   * A table of whole numbers.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<Long>> integerTable(String name, String domain) {
    return table(name, domain, Kind.INTEGER, d -> ((Datum.OfInteger) d).value());
  }

  /**
   * A table of decimals.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<BigDecimal>> decimalTable(String name, String domain) {
    return table(name, domain, Kind.DECIMAL, d -> ((Datum.OfDecimal) d).value());
  }

  /**
   * A table of bilingual texts.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<LocalizedText>> textTable(String name, String domain) {
    return table(name, domain, Kind.TEXT, d -> ((Datum.OfText) d).value());
  }

  /**
   * A table of annual windows.
   *
   * @param name  the key, not null
   * @param domain  the enumeration the table is keyed by, not null
   * @return the key, never null
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ParameterKey<ParameterTable<AnnualWindow>> annualWindowTable(String name, String domain) {
    return table(name, domain, Kind.ANNUAL_WINDOW, d -> ((Datum.OfAnnualWindow) d).value());
  }

  private static <V> ParameterKey<ParameterTable<V>> table(String name, String domain, Kind kind,
      Function<Datum, V> convert) {
    return new ParameterKey<>(name, ParameterType.tableOf(domain, kind),
        d -> new ParameterTable<>((Datum.OfTable) d, convert));
  }

  /**
   * A list parameter, read as its data.
   *
   * @param name  the key, not null
   * @param elementKind  the scalar kind of the elements, not null
   * @return the key, never null
   */
  public static ParameterKey<ImmutableList<Datum>> list(String name, Kind elementKind) {
    return new ParameterKey<>(name, ParameterType.listOf(elementKind), d -> ((Datum.OfList) d).values());
  }

  /**
   * A key that reads values as data, for tools that handle any parameter.
   *
   * @param name  the key, not null
   * @param type  the type, not null
   * @return the key, never null
   */
  public static ParameterKey<Datum> of(String name, ParameterType type) {
    checkNotNull(type, "type");
    return new ParameterKey<>(name, type, d -> d);
  }

  /**
   * Returns the dotted name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type the key expects.
   *
   * @return the type, never null
   */
  public ParameterType type() {
    return type;
  }

  T convert(Datum datum) {
    return convert.apply(datum);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParameterKey && ((ParameterKey<?>) obj).name.equals(name)
        && ((ParameterKey<?>) obj).type.equals(type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
