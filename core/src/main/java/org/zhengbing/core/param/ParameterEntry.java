package org.zhengbing.core.param;

import org.immutables.value.Value;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Provenance;

/**
 * One value of a parameter in a store: the value and its provenance (key, scope, dates in force, citation and
 * confidence).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterEntry {

  ParameterEntry() {}

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  @Value.Parameter
  public abstract Datum value();

  /**
   * Returns where the value came from.
   *
   * @return the provenance, never null
   */
  @Value.Parameter
  public abstract Provenance provenance();

  /**
   * Returns the parameter key.
   *
   * @return the key, never null
   */
  public String key() {
    return provenance().key();
  }

  /**
   * Obtains an entry.
   *
   * @param value  the value, not null
   * @param provenance  where it came from, not null
   * @return the entry, never null
   */
  public static ParameterEntry of(Datum value, Provenance provenance) {
    return ImmutableParameterEntry.of(value, provenance);
  }
}
