# -*- coding: utf-8 -*-
"""Case-level truth that cannot be derived from single articles."""


def T(*pairs):
    return [{"date": d, "event": e} for d, e in pairs]


def H(*pairs):
    return [{"value": v, "as_of": d} for v, d in pairs]


V = "2025-09-mizunagi-solutions-unauthorized-access"
SHOPS = ["2025-09-kodama-chaho-unauthorized-access",
         "2025-09-shiosai-kaisan-unauthorized-access",
         "2025-09-atelier-nocto-unauthorized-access",
         "2025-09-fukurou-bungu-unauthorized-access"]

CASES = {
    V: dict(
        title="ECカートASP「ナギカート」(株式会社ミズナギソリューションズ)への不正アクセス",
        organizations=[("株式会社ミズナギソリューションズ", "vendor")],
        history=H((17000, "2025-10-14"), (23412, "2025-11-20")),
        timeline=T(("2025-09-02", "occurred"), ("2025-10-07", "detected"),
                   ("2025-10-08", "contained"), ("2025-10-09", "reported_to_authority"),
                   ("2025-10-14", "disclosed"), ("2025-11-04", "restored"),
                   ("2025-11-20", "disclosed")),
        vendor_of=SHOPS),
    SHOPS[0]: dict(
        title="こだま茶舗オンラインショップ顧客情報の流出可能性(ナギカート経由)",
        organizations=[("有限会社こだま茶舗", "victim"), ("株式会社ミズナギソリューションズ", "vendor")],
        history=H((1206, "2025-10-17")),
        timeline=T(("2025-09-02", "occurred"), ("2025-10-15", "notified"), ("2025-10-17", "disclosed")),
        victim_of=V),
    SHOPS[1]: dict(
        title="しおさい海産「しおさい便」購入者情報の流出可能性(ナギカート経由)",
        organizations=[("株式会社しおさい海産", "victim")],
        history=H((3874, "2025-10-21")),
        timeline=T(("2025-09-02", "occurred"), ("2025-10-15", "notified"), ("2025-10-21", "disclosed")),
        victim_of=V),
    SHOPS[2]: dict(
        title="アトリエ・ノクトのオンラインストア顧客情報の漏えい可能性(委託先カートへの不正アクセス)",
        organizations=[("株式会社アトリエ・ノクト", "victim")],
        history=H((612, "2025-10-23")),
        timeline=T(("2025-09-02", "occurred"), ("2025-10-15", "notified"), ("2025-10-23", "disclosed")),
        victim_of=V),
    SHOPS[3]: dict(
        title="ふくろう文具ウェブストア顧客情報の流出可能性(ナギカート経由)",
        organizations=[("ふくろう文具合同会社", "victim"), ("ミズナギ社", "vendor")],
        history=H((458, "2025-11-05")),
        timeline=T(("2025-09-02", "occurred"), ("2025-10", "notified"), ("2025-11-05", "disclosed")),
        victim_of=V),
    "2024-11-asagido-web-tampering": dict(
        title="あさぎ堂オンラインストアの決済画面改ざんによるカード情報流出",
        organizations=[("株式会社あさぎ堂", "victim")],
        history=H((900, "2025-09-05"), (1574, "2025-10-23")),
        timeline=T(("2024-11-02", "occurred"), ("2025-06-06", "notified"), ("2025-06-06", "contained"),
                   ("2025-06-30", "other"), ("2025-08-29", "reported_to_authority"),
                   ("2025-09-05", "disclosed"), ("2025-10-23", "disclosed"))),
    "2025-11-tsurugi-seimitsu-ransomware": dict(
        title="ツルギ精密の社内サーバーでファイル暗号化(ランサムウェア)",
        organizations=[("ツルギ精密株式会社", "victim")],
        history=[],
        timeline=T(("2025-11-15", "detected"), ("2025-11-15", "contained"),
                   ("2025-11-17", "reported_to_authority"), ("2025-11-18", "disclosed"))),
    "2026-01-tsumugikai-ransomware": dict(
        title="かなめ台総合病院(医療法人社団紬会)のランサムウェア被害",
        organizations=[("医療法人社団紬会", "victim"), ("かなめ台総合病院", "victim")],
        history=H((18000, "2026-03-05")),
        timeline=T(("2026-01-31", "occurred"), ("2026-01-31", "contained"), ("2026-02-02", "disclosed"),
                   ("2026-02-02", "reported_to_authority"), ("2026-02-16", "restored"),
                   ("2026-03-05", "disclosed"))),
    "2025-07-soyokaze-travel-misdelivery": dict(
        title="そよかぜトラベルの案内メール誤送信(BCC設定ミス)",
        organizations=[("株式会社そよかぜトラベル", "victim")],
        history=H((412, "2025-07-16")),
        timeline=T(("2025-07-14", "occurred"), ("2025-07-14", "notified"), ("2025-07-16", "disclosed"))),
    "2025-03-kirigaoka-city-loss-theft": dict(
        title="霧ヶ丘市職員による個人情報入りUSBメモリの紛失",
        organizations=[("長野県霧ヶ丘市", "victim")],
        history=H((372, "2025-03-21")),
        timeline=T(("2025-03-12", "occurred"), ("2025-03-13", "detected"),
                   ("2025-03-14", "reported_to_authority"), ("2025-03-21", "disclosed"))),
    "2025-11-kirigaoka-city-misdelivery": dict(
        title="霧ヶ丘市の介護保険料決定通知書の誤送付",
        organizations=[("長野県霧ヶ丘市", "victim")],
        history=H((684, "2025-11-10")),
        timeline=T(("2025-11-04", "occurred"), ("2025-11-06", "notified"), ("2025-11-07", "contained"),
                   ("2025-11-10", "disclosed"))),
    "2025-05-nanairo-retail-account-takeover": dict(
        title="ナナイロポイントへのリスト型攻撃による不正ログイン",
        organizations=[("株式会社ナナイロ・リテール", "victim")],
        history=H((38517, "2025-05-29")),
        timeline=T(("2025-05-24", "occurred"), ("2025-05-26", "detected"), ("2025-05-26", "contained"),
                   ("2025-05-29", "disclosed"))),
    "2025-07-sakuragi-jutaku-insider": dict(
        title="サクラギ住宅サービス元従業員による顧客情報の持ち出し",
        organizations=[("株式会社サクラギ住宅サービス", "victim")],
        history=H((13968, "2026-02-19")),
        timeline=T(("2025-07", "occurred"), ("2025-09", "other"), ("2025-12", "notified"),
                   ("2026-01", "detected"), ("2026-02", "reported_to_authority"),
                   ("2026-02-19", "disclosed"))),
    "2025-12-tsubasa-liners-ddos": dict(
        title="ツバサ・ライナーズの予約サイト「ツバサ予約ネット」へのDDoS攻撃",
        organizations=[("株式会社ツバサ・ライナーズ", "victim")],
        history=[],
        timeline=T(("2025-12-26", "occurred"), ("2025-12-26", "disclosed"), ("2025-12-27", "restored"),
                   ("2026-01-07", "disclosed"))),
    "2024-09-career-notes-misconfiguration": dict(
        title="キャリアノーツのクラウドストレージ公開設定ミス",
        organizations=[("株式会社キャリアノーツ", "victim")],
        history=H((12806, "2026-05-15")),
        timeline=T(("2024-09", "occurred"), ("2026-04-07", "notified"), ("2026-04-07", "contained"),
                   ("2026-05-15", "disclosed"))),
    "2026-06-kasumino-university-phishing": dict(
        title="かすみ野大学教員アカウントのフィッシング被害と迷惑メール送信",
        organizations=[("国立大学法人かすみ野大学", "victim")],
        history=H((2861, "2026-07-10")),
        timeline=T(("2026-06-22", "occurred"), ("2026-06-24", "detected"), ("2026-06-24", "contained"),
                   ("2026-07-03", "reported_to_authority"), ("2026-07-10", "disclosed"))),
    "2025-01-mitsuba-kasei-malware": dict(
        title="三つ葉化成の従業員PCのEmotet感染",
        organizations=[("三つ葉化成株式会社", "victim")],
        history=[],
        timeline=T(("2025-01", "occurred"), ("2025-02-03", "notified"), ("2025-02-03", "contained"),
                   ("2025-02-05", "disclosed"))),
    "2025-08-hakobune-butsuryu-ransomware": dict(
        title="ハコブネ物流のランサムウェア被害",
        organizations=[("株式会社ハコブネ物流", "victim")],
        history=H((58000, "2025-10-02")),
        timeline=T(("2025-08-14", "occurred"), ("2025-08-25", "detected"), ("2025-08-25", "contained"),
                   ("2025-08-27", "disclosed"), ("2025-09-08", "restored"), ("2025-10-02", "disclosed"))),
    "2026-08-yamanami-kanko-web-tampering": dict(
        title="やまなみ観光協会「やまなみ旅ナビ」の改ざん",
        organizations=[("一般社団法人やまなみ観光協会", "victim")],
        history=[],
        timeline=T(("2026-08", "occurred"), ("2026-08-20", "notified"), ("2026-08-21", "contained"),
                   ("2026-08-22", "disclosed"))),
    "2026-09-harukaze-shinkumi-loss-theft": dict(
        title="はるかぜ信用組合職員による顧客書類の紛失",
        organizations=[("はるかぜ信用組合", "victim")],
        history=H((519, "2026-09-17")),
        timeline=T(("2026-09-11", "occurred"), ("2026-09-11", "detected"),
                   ("2026-09-12", "reported_to_authority"), ("2026-09-17", "disclosed"))),
    "2026-10-seiran-gakuen-loss-theft": dict(
        title="青嵐高等学校教員による成績データ入りUSBメモリの紛失",
        organizations=[("学校法人青嵐学園", "victim"), ("青嵐高等学校", "victim")],
        history=H((218, "2026-10-09")),
        timeline=T(("2026-10-02", "occurred"), ("2026-10-05", "detected"), ("2026-10-09", "disclosed"))),
    "2026-03-lumina-denso-unauthorized-access": dict(
        title="ルミナ電装ファイルサーバーへの不正アクセス(VPN機器経由)",
        organizations=[("株式会社ルミナ電装", "victim")],
        history=[],
        timeline=T(("2026-03-12", "detected"), ("2026-03-12", "contained"), ("2026-03-16", "disclosed"))),
    "2026-10-hinata-foods-unauthorized-access": dict(
        title="ひなたフーズ会員サイトへのSQLインジェクション",
        organizations=[("株式会社ひなたフーズ", "victim")],
        history=H((274518, "2026-10-29")),
        timeline=T(("2026-10", "occurred"), ("2026-10-20", "detected"), ("2026-10-21", "contained"),
                   ("2026-10-29", "disclosed"))),
    "2026-06-kamome-seipan-account-takeover": dict(
        title="カモメ製パン公式Xアカウントの乗っ取り",
        organizations=[("株式会社カモメ製パン", "victim")],
        history=[],
        timeline=T(("2026-06-06", "occurred"), ("2026-06-06", "detected"), ("2026-06-07", "restored"),
                   ("2026-06-08", "disclosed"))),
    "2026-11-suzukake-shuppan-misdelivery": dict(
        title="すずかけ出版メールマガジンの宛名誤表示",
        organizations=[("株式会社すずかけ出版", "victim")],
        history=H((3157, "2026-11-18")),
        timeline=T(("2026-11-16", "occurred"), ("2026-11-16", "contained"), ("2026-11-18", "disclosed"))),
}
