/**
 * Reusable QuickTheories generators for Zhengbing's core values, shipped in core's test-jar for integrators' own
 * property tests: {@link org.zhengbing.core.testing.CoreGenerators} (rates, amounts, dates, spans, windows, region
 * codes of all five levels, citations, data of every kind, policy stores), {@link
 * org.zhengbing.core.testing.GeneratedPolicy} (a store with the entries that built it), the brute-force
 * {@link org.zhengbing.core.testing.PolicyOracle}, and {@link org.zhengbing.core.testing.HostileYaml} (broken and
 * hostile policy documents for fuzzing a reader).
 *
 * <pre>{@code
 * qt().forAll(CoreGenerators.regionCodes()).check(c -> RegionCode.of(c.toString()).equals(c));
 * }</pre>
 */
@NullMarked
package org.zhengbing.core.testing;

import org.jspecify.annotations.NullMarked;
