/**
 * Small integration examples to copy: each is exercised by a test in the same package, so it cannot rot.
 *
 * <p>{@link org.zhengbing.examples.integration.BenefitService} embeds the benefit calculators in a service (a plain
 * Java method and a JSON-in/JSON-out function); {@link org.zhengbing.examples.integration.ReloadablePolicy} loads a
 * province's policy file at start-up and reloads it by an atomic swap of an immutable {@code PolicyBook};
 * {@link org.zhengbing.examples.integration.BatchTotals} streams a CSV of registrants (a million is fine) into
 * economic totals with a progress bar. {@code OwnPolicyPropertiesTest} (test sources) shows a property test with
 * the shipped generators against one's own policy file.
 */
@NullMarked
package org.zhengbing.examples.integration;

import org.jspecify.annotations.NullMarked;
