/**
 * Zhengbing policy: the bundled benefit policy sets, on top of which the candidate profiles
 * ({@code org.zhengbing.policy.profile}) and benefit calculators ({@code org.zhengbing.policy.benefit}) work.
 *
 * <p>{@link org.zhengbing.policy.PolicySets} gives the national defaults with the benefit rules, and the same with
 * the sample region files (Chengdu 2018, Nan'an 2014, Beijing 2016, Changsha 2017 and the illustrative sample
 * district Jiangjin).
 *
 * <pre>{@code
 * PolicyBook book = PolicySets.sampleRegions();
 * }</pre>
 */
@NullMarked
package org.zhengbing.policy;

import org.jspecify.annotations.NullMarked;
