package org.zhengbing.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a conformance check: the rules checked and the violations found, in a stable order (rule, key,
 * scope, date).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConformanceReport {

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::rule)
      .thenComparing(Violation::key)
      .thenComparing(Violation::scope)
      .thenComparing(Violation::from)
      .thenComparing(Violation::message);

  private final ImmutableSet<ConformanceRule> rules;
  private final ImmutableList<Violation> violations;

  ConformanceReport(Set<ConformanceRule> rules, List<Violation> violations) {
    this.rules = ImmutableSet.copyOf(rules);
    this.violations = ImmutableList.sortedCopyOf(ORDER, violations);
  }

  /**
   * Returns the rules that were checked.
   *
   * @return the rules, never null
   */
  public ImmutableSet<ConformanceRule> rules() {
    return rules;
  }

  /**
   * Returns whether no rule was broken.
   *
   * @return true if there are no violations
   */
  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * Returns every violation.
   *
   * @return the violations, in order, never null
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations of one rule.
   *
   * @param rule  the rule, not null
   * @return the violations, in order, never null
   */
  public ImmutableList<Violation> violations(ConformanceRule rule) {
    checkNotNull(rule, "rule");
    return violations.stream().filter(v -> v.rule() == rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Renders the report as plain text for a terminal: a summary line, then one line per violation.
   *
   * <pre>
   * Policy conformance: FAILED, 1 violation (cited: 1; readable, coverage, reconcile, monotonic, calendar: ok)
   * [cited] family_payment.annual_standard @ 500116 2021-01-01.. (my-county.yaml:24:9): ...
   * </pre>
   *
   * @return the text, ending with a line break, never null
   */
  public String format() {
    Map<ConformanceRule, Integer> counts = new EnumMap<>(ConformanceRule.class);
    violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder("Policy conformance: ");
    sb.append(passed() ? "PASSED" : "FAILED, " + violations.size() + (violations.size() == 1 ? " violation"
        : " violations"));
    StringBuilder bad = new StringBuilder();
    StringBuilder ok = new StringBuilder();
    for (ConformanceRule r : rules) {
      Integer n = counts.get(r);
      if (n == null) {
        ok.append(ok.length() == 0 ? "" : ", ").append(r.id());
      } else {
        bad.append(bad.length() == 0 ? "" : ", ").append(r.id()).append(": ").append(n);
      }
    }
    sb.append(" (");
    if (bad.length() > 0) {
      sb.append(bad).append("; ");
    }
    sb.append(ok.length() == 0 ? "no rule" : ok).append(": ok)\n");
    violations.forEach(v -> sb.append(v.toLine()).append('\n'));
    return sb.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ConformanceReport other && rules.equals(other.rules)
        && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return rules.hashCode() * 31 + violations.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
