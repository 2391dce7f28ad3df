package jiken.indexer.cases;

import java.util.Map;

/** Japanese display names of the closed label lists (incident types, data types, events). */
public final class Labels {
  public static final Map<String, String> INCIDENT_TYPES = Map.ofEntries(
      Map.entry("unauthorized_access", "不正アクセス"), Map.entry("ransomware", "ランサムウェア"),
      Map.entry("malware", "マルウェア"), Map.entry("phishing", "フィッシング"),
      Map.entry("account_takeover", "不正ログイン"), Map.entry("misdelivery", "誤送信・誤送付"),
      Map.entry("loss_theft", "紛失・盗難"), Map.entry("insider", "内部不正"),
      Map.entry("misconfiguration", "設定ミス"), Map.entry("web_tampering", "改ざん"),
      Map.entry("ddos", "DDoS攻撃"), Map.entry("vulnerability", "脆弱性"), Map.entry("fraud", "不正利用・詐欺"),
      Map.entry("other", "その他"));
  public static final Map<String, String> DATA_TYPES = Map.ofEntries(
      Map.entry("personal_info", "個人情報"), Map.entry("email_address", "メールアドレス"),
      Map.entry("credit_card", "クレジットカード情報"), Map.entry("password", "パスワード"),
      Map.entry("bank_account", "口座情報"), Map.entry("health", "健康・医療情報"),
      Map.entry("my_number", "マイナンバー"), Map.entry("employee_info", "従業員情報"),
      Map.entry("business_info", "業務情報"), Map.entry("email_header", "メールヘッダ情報"),
      Map.entry("none_confirmed", "流出未確認"), Map.entry("other", "その他"));
  public static final Map<String, String> EVENTS = Map.of(
      "occurred", "発生", "detected", "発覚・確認", "notified", "連絡を受領", "contained", "停止・遮断",
      "disclosed", "公表", "restored", "復旧・再開", "reported_to_authority", "当局へ報告", "other", "その他");
  public static final Map<String, String> ROLES = Map.of("victim", "被害組織", "vendor", "委託先・提供元", "other", "関係組織");

  private Labels() {}

  public static String incidentType(String code) {
    return INCIDENT_TYPES.getOrDefault(code, code);
  }

  public static String dataType(String code) {
    return DATA_TYPES.getOrDefault(code, code);
  }

  public static String event(String code) {
    return EVENTS.getOrDefault(code, code);
  }

  public static String role(String code) {
    return ROLES.getOrDefault(code, code);
  }
}
