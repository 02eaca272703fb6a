package org.zhengbing.policy;

/**
 * Placeholder for the policy module until the benefit calculators land.
 */
public final class PolicyModule {
  private PolicyModule() {}
}
