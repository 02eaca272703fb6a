package org.zhengbing.core.param;

import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Input;
import org.zhengbing.core.explain.Provenance;

/**
 * A parameter value resolved for a region and date, with where it came from.
 *
 * @param <T> the Java type of the value
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Resolved<T> {

  private final T value;
  private final Datum datum;
  private final Provenance provenance;

  Resolved(T value, Datum datum, Provenance provenance) {
    this.value = value;
    this.datum = datum;
    this.provenance = provenance;
  }

  /**
   * Returns the value.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the value as a datum.
   *
   * @return the datum, never null
   */
  public Datum datum() {
    return datum;
  }

  /**
   * Returns where the value came from: scope, dates in force, citation and confidence.
   *
   * @return the provenance, never null
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns the value as a named explanation input carrying its provenance.
   *
   * @param name  the input's name, not null
   * @return the input, never null
   */
  public Input asInput(String name) {
    return Input.of(name, datum, provenance);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Resolved && ((Resolved<?>) obj).datum.equals(datum)
        && ((Resolved<?>) obj).provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return datum.hashCode() * 31 + provenance.hashCode();
  }

  @Override
  public String toString() {
    return provenance.key() + " = " + datum + " (" + provenance.scope() + ", from " + provenance.effectiveFrom()
        + provenance.effectiveUntil().map(u -> " until " + u).orElse("") + ", " + provenance.confidence() + ", "
        + provenance.citation().toShortString() + ")";
  }
}
