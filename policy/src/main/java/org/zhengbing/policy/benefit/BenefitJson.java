package org.zhengbing.policy.benefit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Set;
import org.joda.money.Money;
import org.zhengbing.core.explain.Explanation;
import org.zhengbing.core.region.RegionCode;
import org.zhengbing.core.time.ConscriptionTerm;
import org.zhengbing.core.time.DateSpan;
import org.zhengbing.policy.internal.ExplanationCodec;
import org.zhengbing.policy.internal.JsonTree;
import org.zhengbing.policy.internal.JsonTree.Obj;
import org.zhengbing.policy.internal.JsonTree.Problem;

/**
 * Reads and writes benefit results as JSON, with their schedules and full explanations, losslessly: reading what
 * was written gives an equal result.
 *
 * <pre>{@code
 * String json = BenefitJson.toJson(account);
 * EnlistmentBenefits same = BenefitJson.parseBenefits(json);   // equals account
 * }</pre>
 *
 * <p>An account is {@code {"region", "term", "approvalDate", "termEnd", "total", "items": [...]}}; an item is
 * {@code {"kind", "status", "reason", "total", "payments": [{"rule", "dueOn", "period", "amount"}],
 * "explanation": {"steps": [...]}}}. Kinds, statuses and reasons are written as lower-case keys
 * ({@code "family_payment"}, {@code "payable"}, {@code "conscript_family"}); amounts as decimal texts of yuan with two
 * places; dates as {@code 2024-09-01}; periods as {@code 2024-09-01/2025-02-28}. The totals are written for readers
 * and checked on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BenefitJson {

  private static final Set<String> ACCOUNT = Set.of("region", "term", "approvalDate", "termEnd", "total", "items");
  private static final Set<String> ITEM = Set.of("kind", "status", "reason", "total", "payments", "explanation");
  private static final Set<String> PAYMENT = Set.of("rule", "dueOn", "period", "amount");

  private BenefitJson() {}

  /**
   * Writes an account as compact JSON.
   *
   * @param account  the account, not null
   * @return the JSON text, never null
   */
  public static String toJson(EnlistmentBenefits account) {
    checkNotNull(account, "account");
    return JsonTree.write(write(account));
  }

  /**
   * Writes one benefit as compact JSON.
   *
   * @param benefit  the benefit, not null
   * @return the JSON text, never null
   */
  public static String toJson(Benefit benefit) {
    checkNotNull(benefit, "benefit");
    return JsonTree.write(write(benefit));
  }

  /**
   * Reads an account.
   *
   * @param json  the JSON text, not null
   * @return the account, never null
   * @throws IllegalArgumentException naming the field if the text is not a valid account
   */
  public static EnlistmentBenefits parseBenefits(String json) {
    checkNotNull(json, "json");
    try {
      return read(JsonTree.parse(json), "$");
    } catch (Problem p) {
      throw new IllegalArgumentException(p.getMessage());
    }
  }

  /**
   * Reads one benefit.
   *
   * @param json  the JSON text, not null
   * @return the benefit, of the type its kind calls for, never null
   * @throws IllegalArgumentException naming the field if the text is not a valid benefit
   */
  public static Benefit parseBenefit(String json) {
    checkNotNull(json, "json");
    try {
      return readBenefit(JsonTree.parse(json), "$");
    } catch (Problem p) {
      throw new IllegalArgumentException(p.getMessage());
    }
  }

  /**
   * Writes an account as a JSON tree, for writers that embed it.
   *
   * @param account  the account, not null
   * @return the tree, never null
   */
  static ObjectNode write(EnlistmentBenefits account) {
    ObjectNode o = JsonTree.object();
    o.put("region", account.region().toString());
    o.put("term", account.term().toString());
    o.put("approvalDate", account.approvalDate().toString());
    o.put("termEnd", account.termEnd().toString());
    o.put("total", JsonTree.money(account.total()));
    ArrayNode items = o.putArray("items");
    for (Benefit b : account.items()) {
      items.add(write(b));
    }
    return o;
  }

  static ObjectNode write(Benefit b) {
    ObjectNode o = JsonTree.object();
    o.put("kind", b.kind().key());
    o.put("status", lower(b.status().name()));
    o.put("reason", b.reason().key());
    o.put("total", JsonTree.money(b.total()));
    ArrayNode payments = o.putArray("payments");
    for (Payment p : b.payments()) {
      ObjectNode po = payments.addObject();
      po.put("rule", p.rule());
      po.put("dueOn", p.dueOn().toString());
      p.period().ifPresent(s -> po.put("period", s.toString()));
      po.put("amount", JsonTree.money(p.amount()));
    }
    o.set("explanation", ExplanationCodec.write(b.explanation()));
    return o;
  }

  static EnlistmentBenefits read(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(ACCOUNT);
    RegionCode region;
    try {
      region = RegionCode.of(o.text("region"));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("region"), o.at("region") + " must be a region code, but was '" + o.text("region") + "'");
    }
    ConscriptionTerm term;
    try {
      term = ConscriptionTerm.parse(o.text("term"));
    } catch (IllegalArgumentException e) {
      throw new Problem(o.at("term"), o.at("term") + " must be a term such as \"2018-AUTUMN\", but was '"
          + o.text("term") + "'");
    }
    ArrayNode items = o.array("items");
    ImmutableList.Builder<Benefit> list = ImmutableList.builder();
    for (int i = 0; i < items.size(); i++) {
      list.add(readBenefit(items.get(i), o.at("items") + "[" + i + "]"));
    }
    EnlistmentBenefits account;
    try {
      account = EnlistmentBenefits.of(region, term, o.date("approvalDate"), o.date("termEnd"), list.build());
    } catch (IllegalArgumentException e) {
      throw new Problem(path, e.getMessage());
    }
    checkTotal(o, account.total());
    return account;
  }

  static Benefit readBenefit(JsonNode node, String path) {
    Obj o = JsonTree.obj(node, path);
    o.checkFields(ITEM);
    BenefitKind kind = constant(o, "kind", BenefitKind.values(), BenefitKind::key);
    BenefitStatus status = constant(o, "status", BenefitStatus.values(), s -> lower(s.name()));
    BenefitReason reason = constant(o, "reason", BenefitReason.values(), BenefitReason::key);
    ArrayNode array = o.array("payments");
    ImmutableList.Builder<Payment> payments = ImmutableList.builder();
    for (int i = 0; i < array.size(); i++) {
      String pp = o.at("payments") + "[" + i + "]";
      Obj po = JsonTree.obj(array.get(i), pp);
      po.checkFields(PAYMENT);
      try {
        if (po.opt("period").isPresent()) {
          DateSpan period = DateSpan.parse(po.text("period"));
          Payment p = Payment.ofPeriod(po.text("rule"), period, po.money("amount"));
          if (!p.dueOn().equals(po.date("dueOn"))) {
            throw new Problem(po.at("dueOn"), po.at("dueOn") + " must be the start of the period " + period
                + ", but was " + po.date("dueOn"));
          }
          payments.add(p);
        } else {
          payments.add(Payment.of(po.text("rule"), po.date("dueOn"), po.money("amount")));
        }
      } catch (Problem p) {
        throw p;
      } catch (IllegalArgumentException e) {
        throw new Problem(pp, pp + ": " + e.getMessage());
      }
    }
    Explanation explanation = ExplanationCodec.read(o.req("explanation"), o.at("explanation"));
    Benefit b;
    try {
      b = create(kind, status, reason, payments.build(), explanation);
    } catch (IllegalArgumentException e) {
      throw new Problem(path, path + ": " + e.getMessage());
    }
    checkTotal(o, b.total());
    return b;
  }

  static Benefit create(BenefitKind kind, BenefitStatus status, BenefitReason reason, ImmutableList<Payment> payments,
      Explanation explanation) {
    switch (kind) {
      case FAMILY_PAYMENT:
        return FamilyPaymentSchedule.of(status, reason, payments, explanation);
      case ENLISTMENT_REWARD:
        return EnlistmentReward.of(status, reason, payments, explanation);
      case TUITION:
        return TuitionCompensation.of(status, reason, payments, explanation);
      case ALLOWANCE:
        return AllowanceSchedule.of(status, reason, payments, explanation);
      case DISCHARGE_PAYMENT:
        return DischargePayment.of(status, reason, payments, explanation);
      case SELF_EMPLOYMENT_SUBSIDY:
        return SelfEmploymentSubsidy.of(status, reason, payments, explanation);
      case WAITING_ALLOWANCE:
        return WaitingAllowance.of(status, reason, payments, explanation);
      default:
        return MeritBonus.of(status, reason, payments, explanation);
    }
  }

  private static void checkTotal(Obj o, Money total) {
    if (o.opt("total").isPresent() && !o.money("total").equals(total)) {
      throw new Problem(o.at("total"), o.at("total") + " must equal the sum of the payments " + JsonTree.money(total)
          + ", but was " + JsonTree.money(o.money("total")));
    }
  }

  private static <E> E constant(Obj o, String name, E[] values, java.util.function.Function<E, String> key) {
    String text = o.text(name);
    for (E v : values) {
      if (key.apply(v).equals(text)) {
        return v;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E v : values) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(key.apply(v));
    }
    throw new Problem(o.at(name), o.at(name) + " must be one of " + allowed + ", but was '" + text + "'");
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
