package org.zhengbing.policy.accounts;

import java.util.List;
import org.zhengbing.core.money.Cny;
import org.zhengbing.policy.PolicySets;
import org.zhengbing.policy.testing.Personas;

/** The golden statements the rendering and JSON tests share. */
final class Statements {

  static final ThreeAccountsCalculator CALC = ThreeAccountsCalculator.of(PolicySets.sampleRegions());

  static final ThreeAccounts CHENGDU = CALC.calculate(Personas.chengduGraduate2018(), Cny.ofYuan(4000));
  static final ThreeAccounts NANAN = CALC.calculate(Personas.nananStudent2014());
  static final ThreeAccounts SENIOR_HIGH = CALC.calculate(Personas.jiangjinSeniorHigh2025());
  static final ThreeAccounts POSTGRADUATE = CALC.calculate(Personas.jiangjinPostgraduateWoman2025(),
      Cny.ofYuan(6000));

  static final List<ThreeAccounts> ALL = List.of(CHENGDU, NANAN, SENIOR_HIGH, POSTGRADUATE);

  private Statements() {}
}
