package org.zhengbing.core.param;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import org.zhengbing.core.explain.Datum;

/**
 * A typed view of a table parameter: values of one kind keyed by the constants of an enumeration, such as the
 * family-payment uplift by education category. Constants may be absent from a table.
 *
 * @param <V> the type of the values
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterTable<V> {

  private final Datum.OfTable table;
  private final Function<Datum, V> convert;

  ParameterTable(Datum.OfTable table, Function<Datum, V> convert) {
    this.table = table;
    this.convert = convert;
  }

  /**
   * Returns the enumeration keying the table.
   *
   * @return the enumeration's name, never null
   */
  public String domain() {
    return table.domain();
  }

  /**
   * Returns the value for a constant.
   *
   * @param constant  the constant, not null
   * @return the value, or empty if the table has no row for the constant
   */
  public Optional<V> get(String constant) {
    checkNotNull(constant, "constant");
    Datum d = table.values().get(constant);
    return d == null ? Optional.empty() : Optional.of(convert.apply(d));
  }

  /**
   * Returns the constants that have a row, in the order written.
   *
   * @return the constants, never null
   */
  public ImmutableSet<String> constants() {
    return table.values().keySet();
  }

  /**
   * Returns the underlying datum.
   *
   * @return the table datum, never null
   */
  public Datum.OfTable datum() {
    return table;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParameterTable && ((ParameterTable<?>) obj).table.equals(table);
  }

  @Override
  public int hashCode() {
    return table.hashCode();
  }

  @Override
  public String toString() {
    return table.toString();
  }
}
