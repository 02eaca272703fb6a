/**
 * The cited, time-versioned parameter store. Every legal figure or date is a parameter: a typed, dotted key with
 * values that are each in force from a date, scoped to a region (national, then province, prefecture and county
 * overrides; the most specific wins) and cited with a {@link org.zhengbing.core.explain.Confidence}.
 *
 * <pre>{@code
 * PolicyBook book = PolicyBook.nationalDefaults().withFile(Path.of("my-province.yaml"));
 * Resolved<ParameterTable<Money>> caps =
 *     book.resolve(ParameterKey.moneyTable("tuition.annual_cap", "study_level"), region, date);
 * caps.provenance().citation();   // 财教〔2024〕188号 ...
 * }</pre>
 *
 * <p>{@link org.zhengbing.core.param.PolicyReader} reads the YAML policy format (see docs/policy-files.md) and
 * reports every problem with file, line and column; {@link org.zhengbing.core.param.PolicyWriter} writes it back.
 */
@NullMarked
@ZhengbingStyle
package org.zhengbing.core.param;

import org.jspecify.annotations.NullMarked;
import org.zhengbing.core.internal.ZhengbingStyle;
