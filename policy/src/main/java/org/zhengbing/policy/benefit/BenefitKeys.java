package org.zhengbing.policy.benefit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.MonthDay;
import org.joda.money.Money;
import org.zhengbing.core.explain.Datum;
import org.zhengbing.core.explain.Datum.Kind;
import org.zhengbing.core.money.Rate;
import org.zhengbing.core.param.ParameterKey;
import org.zhengbing.core.param.ParameterTable;
import org.zhengbing.core.param.ParameterType;

/** The parameters the benefit calculators read; their definitions are in the bundled policy files. */
final class BenefitKeys {

  private BenefitKeys() {}

  static final ParameterKey<MonthDay> SPRING_APPROVAL = ParameterKey.monthDay("calendar.season.spring.approval_date");
  static final ParameterKey<MonthDay> AUTUMN_APPROVAL = ParameterKey.monthDay("calendar.season.autumn.approval_date");
  static final ParameterKey<Long> TERM_YEARS = ParameterKey.integer("service.conscript_term.years");

  static final ParameterKey<String> FAMILY_FORMULA =
      ParameterKey.enumConstant("family_payment.formula", "family_payment_formula");
  static final ParameterKey<Money> FAMILY_STANDARD = ParameterKey.money("family_payment.annual_standard");
  static final ParameterKey<ParameterTable<Rate>> FAMILY_EDUCATION_UPLIFT =
      ParameterKey.rateTable("family_payment.education_uplift", "education_category");
  static final ParameterKey<ParameterTable<Rate>> FAMILY_POSTING_UPLIFT =
      ParameterKey.rateTable("family_payment.posting_uplift", "posting");
  static final ParameterKey<ParameterTable<Money>> FAMILY_BY_CATEGORY =
      ParameterKey.moneyTable("family_payment.annual_by_category", "education_category");
  static final ParameterKey<ParameterTable<Money>> FAMILY_REFERENCE_INCOME =
      ParameterKey.moneyTable("family_payment.reference_income", "hukou_type");
  static final ParameterKey<BigDecimal> FAMILY_INCOME_MULTIPLE = ParameterKey.decimal("family_payment.income_multiple");
  static final ParameterKey<Rate> FAMILY_INCOME_SHARE = ParameterKey.rate("family_payment.income_share");
  static final ParameterKey<String> FAMILY_INCOME_SHARE_ROUNDING =
      ParameterKey.enumConstant("family_payment.income_share_rounding", "money_rounding");
  static final ParameterKey<Money> URBAN_DISPOSABLE_INCOME = ParameterKey.money("local_economy.urban_disposable_income");
  static final ParameterKey<Long> FAMILY_PERIOD_MONTHS = ParameterKey.integer("family_payment.period_months");
  static final ParameterKey<Boolean> FAMILY_PART_PERIOD_FULL =
      ParameterKey.bool("family_payment.part_period_counts_as_full");
  static final ParameterKey<Boolean> FAMILY_STOPS_EARLY =
      ParameterKey.bool("family_payment.stops_on_early_status_change");

  static final ParameterKey<ParameterTable<Money>> REWARD_BY_CATEGORY =
      ParameterKey.moneyTable("enlistment_reward.by_category", "education_category");
  static final ParameterKey<ParameterTable<Money>> REWARD_BY_POSTING =
      ParameterKey.moneyTable("enlistment_reward.by_posting", "posting");

  static final ParameterKey<ParameterTable<Money>> TUITION_CAP =
      ParameterKey.moneyTable("tuition.annual_cap", "study_level");
  static final ParameterKey<Datum> TUITION_EXCLUDED_FUNDING = ParameterKey.of("tuition.excluded_funding",
      ParameterType.tableOf("student_funding", Kind.BOOLEAN));

  static final ParameterKey<ImmutableList<Datum>> ALLOWANCE_MONTHLY =
      ParameterKey.list("allowance.monthly_by_service_year", Kind.MONEY);

  static final ParameterKey<String> DISCHARGE_ROUNDING =
      ParameterKey.enumConstant("discharge.service_time_rounding", "service_time_rounding");
  static final ParameterKey<ParameterTable<Rate>> DISCHARGE_UPLIFT =
      ParameterKey.rateTable("discharge.merit_uplift", "merit");
  static final ParameterKey<Money> DISCHARGE_BASE = ParameterKey.money("discharge.base_per_year");

  static final ParameterKey<String> SUBSIDY_FORMULA =
      ParameterKey.enumConstant("local_subsidy.formula", "local_subsidy_formula");
  static final ParameterKey<ParameterTable<Money>> SUBSIDY_FIXED =
      ParameterKey.moneyTable("local_subsidy.fixed_amount", "soldier_type");
  static final ParameterKey<ParameterTable<BigDecimal>> SUBSIDY_MULTIPLE =
      ParameterKey.decimalTable("local_subsidy.wage_multiple", "soldier_type");
  static final ParameterKey<Rate> SUBSIDY_RURAL_FRACTION = ParameterKey.rate("local_subsidy.rural_fraction");
  static final ParameterKey<Money> URBAN_AVERAGE_WAGE = ParameterKey.money("local_economy.urban_average_wage");

  static final ParameterKey<String> WAITING_BASIS =
      ParameterKey.enumConstant("waiting_allowance.basis", "waiting_allowance_basis");
  static final ParameterKey<Money> MONTHLY_MINIMUM_WAGE = ParameterKey.money("local_economy.monthly_minimum_wage");
  static final ParameterKey<Money> MINIMUM_LIVING_STANDARD =
      ParameterKey.money("local_economy.urban_minimum_living_standard");

  static final ParameterKey<ParameterTable<Money>> MERIT_BONUS = ParameterKey.moneyTable("merit_bonus.amount", "award");
}
