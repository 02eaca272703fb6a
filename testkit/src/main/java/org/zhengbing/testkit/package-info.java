/**
 * The conformance suite for policy files: {@link org.zhengbing.testkit.PolicyConformance} checks a store, or
 * files layered over the national defaults, against the rules of {@link org.zhengbing.testkit.ConformanceRule}
 * and returns a {@link org.zhengbing.testkit.ConformanceReport} of {@link org.zhengbing.testkit.Violation}s.
 * {@link org.zhengbing.testkit.PolicyConformanceTests} is the JUnit 5 entry point: extend it and get one test per
 * rule. The checks are plain Java and deterministic: profiles are enumerated, never drawn at random.
 */
@NullMarked
package org.zhengbing.testkit;

import org.jspecify.annotations.NullMarked;
