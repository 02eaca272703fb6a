package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;

/**
 * The type of a parameter: a scalar kind ({@code money}, {@code rate}, {@code integer}, {@code decimal},
 * {@code date}, {@code month_day}, {@code date_span}, {@code annual_window}, {@code boolean}, {@code text}), one
 * constant of a named enumeration ({@code enum<merit>}), a table keyed by an enumeration
 * ({@code table<education_category, rate>}) or a list ({@code list<integer>}).
 *
 * <p>The text form is as written in policy files, which {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterType {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern ENUM = Pattern.compile("enum<\\s*([a-z][a-z0-9_]*)\\s*>");
  private static final Pattern TABLE = Pattern.compile("table<\\s*([a-z][a-z0-9_]*)\\s*,\\s*([a-z_]+)\\s*>");
  private static final Pattern LIST = Pattern.compile("list<\\s*([a-z_]+)\\s*>");

  private final Kind kind;
  private final @Nullable String domain;
  private final @Nullable Kind elementKind;

  private ParameterType(Kind kind, @Nullable String domain, @Nullable Kind elementKind) {
    this.kind = kind;
    this.domain = domain;
    this.elementKind = elementKind;
  }

  /**
   * Obtains a scalar type.
   *
   * @param kind  a scalar kind (not ENUM, TABLE or LIST), not null
   * @return the type, never null
   * @throws IllegalArgumentException if the kind is not scalar
   */
  public static ParameterType scalar(Kind kind) {
    checkNotNull(kind, "kind");
    checkArgument(isScalar(kind), "scalar parameter type must be a scalar kind, but was %s", kind);
    return new ParameterType(kind, null, null);
  }

  /**
   * Obtains the type of one constant of an enumeration.
   *
   * @param domain  the enumeration's name, not null
   * @return the type, never null
   */
  public static ParameterType enumOf(String domain) {
    return new ParameterType(Kind.ENUM, checkName(domain), null);
  }

  /**
   * Obtains a table type.
   *
   * @param domain  the enumeration keying the table, not null
   * @param valueKind  the scalar kind of the values, not null
   * @return the type, never null
   * @throws IllegalArgumentException if the value kind is not scalar
   */
  public static ParameterType tableOf(String domain, Kind valueKind) {
    checkNotNull(valueKind, "valueKind");
    checkArgument(isScalar(valueKind), "table values must be of a scalar kind, but was %s", valueKind);
    return new ParameterType(Kind.TABLE, checkName(domain), valueKind);
  }

  /**
   * Obtains a list type.
   *
   * @param elementKind  the scalar kind of the elements, not null
   * @return the type, never null
   * @throws IllegalArgumentException if the element kind is not scalar
   */
  public static ParameterType listOf(Kind elementKind) {
    checkNotNull(elementKind, "elementKind");
    checkArgument(isScalar(elementKind), "list elements must be of a scalar kind, but was %s", elementKind);
    return new ParameterType(Kind.LIST, null, elementKind);
  }

  private static String checkName(String domain) {
    checkNotNull(domain, "domain");
    checkArgument(NAME.matcher(domain).matches(),
        "enumeration name must be lower case letters, digits and '_', but was '%s'", domain);
    return domain;
  }

  static boolean isScalar(Kind kind) {
    return kind != Kind.ENUM && kind != Kind.TABLE && kind != Kind.LIST;
  }

  /**
   * Parses a type as written in a policy file, such as {@code money} or {@code table<education_category, rate>}.
   *
   * @param text  the text, not null
   * @return the type, never null
   * @throws IllegalArgumentException if the text is not a type
   */
  public static ParameterType parse(String text) {
    checkNotNull(text, "text");
    String t = text.trim();
    Matcher m = ENUM.matcher(t);
    if (m.matches()) {
      return enumOf(m.group(1));
    }
    m = TABLE.matcher(t);
    if (m.matches()) {
      return tableOf(m.group(1), scalarKind(m.group(2), text));
    }
    m = LIST.matcher(t);
    if (m.matches()) {
      return listOf(scalarKind(m.group(1), text));
    }
    return scalar(scalarKind(t, text));
  }

  private static Kind scalarKind(String name, String text) {
    for (Kind k : Kind.values()) {
      if (isScalar(k) && k.name().toLowerCase(Locale.ROOT).equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("parameter type must be one of money, rate, integer, decimal, date, "
        + "month_day, date_span, annual_window, boolean, text, enum<E>, table<E, kind>, list<kind>, but was '"
        + text + "'");
  }

  /**
   * Returns the kind of value.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the enumeration of an enum or table type.
   *
   * @return the enumeration's name, or empty for other types
   */
  public Optional<String> domain() {
    return Optional.ofNullable(domain);
  }

  /**
   * Returns the kind of a table's values or a list's elements.
   *
   * @return the kind, or empty for other types
   */
  public Optional<Kind> elementKind() {
    return Optional.ofNullable(elementKind);
  }

  /**
   * Returns true if a value is of this type (the table's constants are checked against the enumeration by the
   * store, not here).
   *
   * @param value  the value, not null
   * @return whether the value has this type
   */
  public boolean accepts(Datum value) {
    checkNotNull(value, "value");
    if (value.kind() != kind) {
      return false;
    }
    if (value instanceof Datum.OfEnum) {
      return ((Datum.OfEnum) value).domain().equals(domain);
    }
    if (value instanceof Datum.OfTable) {
      Datum.OfTable t = (Datum.OfTable) value;
      return t.domain().equals(domain) && t.valueKind() == elementKind;
    }
    if (value instanceof Datum.OfList) {
      return ((Datum.OfList) value).elementKind() == elementKind;
    }
    return true;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ParameterType)) {
      return false;
    }
    ParameterType o = (ParameterType) obj;
    return kind == o.kind && Objects.equals(domain, o.domain) && elementKind == o.elementKind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, domain, elementKind);
  }

  /**
   * Returns the type as written in a policy file.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    switch (kind) {
      case ENUM:
        return "enum<" + domain + ">";
      case TABLE:
        return "table<" + domain + ", " + lower(elementKind) + ">";
      case LIST:
        return "list<" + lower(elementKind) + ">";
      default:
        return lower(kind);
    }
  }

  private static String lower(@Nullable Kind k) {
    return Objects.requireNonNull(k).name().toLowerCase(Locale.ROOT);
  }
}
