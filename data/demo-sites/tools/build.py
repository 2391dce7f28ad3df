# -*- coding: utf-8 -*-
"""Generates data/demo-sites/ (pages, feeds, manifests, truth) from content_*.py.

Run:  python3 data/demo-sites/tools/build.py
All generated files are UTF-8; the serving side transcodes them to the
encoding given in each site's manifest.json.
"""
import datetime as dt
import email.utils
import hashlib
import html
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import content_common  # noqa: E402
import content_1  # noqa: E402,F401
import content_2  # noqa: E402,F401
import content_3  # noqa: E402,F401
from cases_meta import CASES  # noqa: E402

ARTICLES = content_common.ARTICLES
JST = dt.timezone(dt.timedelta(hours=9))
B = "{{BASE}}"

SITES = {
    "site-a": dict(name="情報セキュリティ新報", encoding="UTF-8", default_charset="both"),
    "site-b": dict(name="ITテックゲート", encoding="Shift_JIS", default_charset="meta"),
    "site-c": dict(name="インシデント拾い読み帳", encoding="EUC-JP", default_charset="meta"),
    "site-d": dict(name="株式会社ミズナギソリューションズ", encoding="UTF-8", default_charset="both"),
}


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def h(n):
    return int(hashlib.md5(n.encode("utf-8")).hexdigest(), 16)


def dtime(a):
    y, m, d = map(int, a["published"].split("-"))
    hh, mm = map(int, a["time"].split(":"))
    return dt.datetime(y, m, d, hh, mm, tzinfo=JST)


def render_blocks(blocks, heading="h2"):
    """Render body blocks into HTML (see content_common.A)."""
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith(">"):
            out.append("<blockquote>")
            inner = []
            while i < len(blocks) and blocks[i].startswith(">"):
                inner.append(blocks[i][1:].lstrip(" ") if not blocks[i].startswith(">#") and not blocks[i].startswith(">-") else blocks[i][1:])
                i += 1
            out.append(render_blocks(inner, "h4"))
            out.append("</blockquote>")
            continue
        if b.startswith("## "):
            out.append("<%s>%s</%s>" % (heading, esc(b[3:]), heading))
        elif b.startswith("- "):
            out.append("<ul>")
            while i < len(blocks) and blocks[i].startswith("- "):
                out.append("<li>%s</li>" % esc(blocks[i][2:]))
                i += 1
            out.append("</ul>")
            continue
        else:
            out.append("<p>%s</p>" % esc(b))
        i += 1
    return "\n".join(out)


def by_site(site):
    return sorted([a for a in ARTICLES if a["site"] == site], key=dtime)


def others(a, n=5):
    """Deterministic pick of other articles of the same site for sidebars."""
    pool = [x for x in by_site(a["site"]) if x is not a]
    pool.sort(key=lambda x: h(a["path"] + x["path"]))
    return pool[:n]


def related(a, n=4):
    pool = [x for x in by_site(a["site"]) if x is not a and x["case"] and x["case"] == a["case"]]
    tagged = [x for x in by_site(a["site"]) if x is not a and x not in pool
              and set(x["tags"]) & set(a["tags"])]
    tagged.sort(key=lambda x: h(x["path"] + a["path"]))
    res = (pool + tagged)[:n]
    if len(res) < 3:
        res += [x for x in others(a, 10)[::-1] if x not in res][: 3 - len(res)]
    return res


def charset_mode(a):
    return a["charset"] or SITES[a["site"]]["default_charset"]


def page_url(a):
    return B + a["path"]


# ------------------------------------------------------------------ site A
A_NAV = """<nav class="global-nav" aria-label="メインメニュー">
<ul>
<li><a href="{B}/">トップ</a></li>
<li><a href="{B}/news/">ニュース</a></li>
<li class="current"><a href="{B}/news/">インシデント</a></li>
<li><a href="{B}/news/">脆弱性</a></li>
<li><a href="{B}/news/">解説・コラム</a></li>
<li><a href="{B}/news/">イベント</a></li>
<li><a href="{B}/news/">お問い合わせ</a></li>
</ul>
</nav>""".replace("{B}", B)

A_FOOTER = """<footer class="site-footer">
<ul class="footer-links"><li><a href="{B}/">会社概要</a></li><li><a href="{B}/">利用規約</a></li><li><a href="{B}/">プライバシーポリシー</a></li><li><a href="{B}/">広告掲載について</a></li><li><a href="{B}/feed.xml">RSS</a></li></ul>
<p class="copyright">Copyright &copy; 2012-2026 情報セキュリティ新報 All Rights Reserved. 記事・写真の無断転載を禁じます。</p>
</footer>""".replace("{B}", B)


def site_a_article(a):
    t = dtime(a)
    iso = t.isoformat()
    mode = charset_mode(a)
    meta = '<meta charset="utf-8">\n' if mode in ("both", "meta") else ""
    desc = a["body"][0][:90]
    ranking = "\n".join('<li><a href="%s">%s</a></li>' % (attr(page_url(x)), esc(x["title"])) for x in others(a))
    rel = "\n".join('<li><a href="%s">%s</a><span class="date">%s</span></li>' % (
        attr(page_url(x)), esc(x["title"]), x["published"].replace("-", "/")) for x in related(a))
    tags = "".join('<li><a href="%s/news/">%s</a></li>' % (B, esc(tg)) for tg in a["tags"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} | 情報セキュリティ新報</title>
<meta name="description" content="{attr(desc)}">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{B}{a['path']}">
<meta property="og:site_name" content="情報セキュリティ新報">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{attr(a['category'] or 'ニュース')}">
<link rel="canonical" href="{B}{a['path']}">
<link rel="alternate" type="application/rss+xml" title="情報セキュリティ新報" href="{B}/feed.xml">
<link rel="stylesheet" href="{B}/assets/style.css">
</head>
<body class="article-page">
<header class="site-header">
<div class="logo"><a href="{B}/">情報セキュリティ新報</a><span class="tagline">セキュリティの「いま」を伝える専門ニュース</span></div>
<form class="search" action="{B}/search" method="get"><input type="text" name="q" placeholder="記事を検索"><button type="submit">検索</button></form>
{A_NAV}
</header>
<div class="breadcrumb"><a href="{B}/">トップ</a> &gt; <a href="{B}/news/">ニュース</a> &gt; {esc(a['category'] or 'ニュース')}</div>
<main class="layout">
<article class="news-article">
<header class="article-header">
<p class="category">{esc(a['category'] or 'ニュース')}</p>
<h1 class="headline">{esc(a['title'])}</h1>
<div class="byline"><time datetime="{iso}">{t.year}年{t.month}月{t.day}日 {t:%H:%M}</time> <span class="author">{esc(a['author'] or '編集部')}</span></div>
<div class="share"><a href="#">Xでポスト</a> <a href="#">はてなブックマーク</a> <a href="#">LINEで送る</a> <a href="#">URLをコピー</a></div>
</header>
<div class="article-body">
{render_blocks(a['body'], 'h2')}
</div>
<footer class="article-footer">
<ul class="tags">{tags}</ul>
<p class="notice">情報セキュリティ新報では、読者からの情報提供を受け付けています。</p>
</footer>
</article>
<aside class="sidebar">
<section class="ranking"><h2>アクセスランキング</h2>
<ol>
{ranking}
</ol></section>
<section class="related"><h2>関連記事</h2>
<ul>
{rel}
</ul></section>
<section class="ad"><p class="ad-label">PR</p><p>中堅企業のためのEDR導入ガイドを無料配布中 ― 資料請求はこちら</p></section>
<section class="newsletter"><h2>メールマガジン</h2><p>毎朝7時、主要なセキュリティニュースをお届けします。</p></section>
</aside>
</main>
{A_FOOTER}
</body>
</html>
"""


def site_a_index(arts):
    items = "\n".join('<li><time datetime="%s">%s</time> <a href="%s">%s</a></li>' % (
        a["published"], a["published"].replace("-", "."), attr(page_url(a)), esc(a["title"])) for a in arts[:12])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>情報セキュリティ新報 | セキュリティの「いま」を伝える専門ニュース</title>
<meta property="og:title" content="情報セキュリティ新報">
<link rel="alternate" type="application/rss+xml" title="情報セキュリティ新報" href="{B}/feed.xml">
</head>
<body class="home">
<header class="site-header"><div class="logo"><a href="{B}/">情報セキュリティ新報</a></div>
{A_NAV}
</header>
<main><section class="latest"><h2>新着ニュース</h2>
<ul class="article-list">
{items}
</ul></section></main>
{A_FOOTER}
</body>
</html>
"""


# ------------------------------------------------------------------ site B
B_HEAD_NAV = """<div id="header">
<div class="site-logo"><a href="{B}/">ITテックゲート</a></div>
<p class="site-desc">IT業界のニュースと解説</p>
<ul id="gnav">
<li><a href="{B}/news/list.html">ニュース</a></li>
<li class="on"><a href="{B}/news/list.html">セキュリティ</a></li>
<li><a href="{B}/news/list.html">クラウド</a></li>
<li><a href="{B}/news/list.html">AI・データ</a></li>
<li><a href="{B}/news/list.html">開発</a></li>
<li><a href="{B}/news/list.html">キャリア</a></li>
</ul>
</div>""".replace("{B}", B)

B_FOOTER = """<div id="footer">
<p><a href="{B}/">ホーム</a> | <a href="{B}/">運営会社</a> | <a href="{B}/">個人情報の取り扱い</a> | <a href="{B}/rss.rdf">RSS</a></p>
<p>(C) 2026 ITテックゲート編集部 / 運営:株式会社テックゲートメディア</p>
</div>""".replace("{B}", B)


def b_meta(mode):
    if mode in ("both", "meta"):
        return '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">\n'
    return ""


def site_b_article(a):
    t = dtime(a)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": t.isoformat(),
        "dateModified": t.isoformat(),
        "author": {"@type": "Person", "name": a["author"] or "ITテックゲート編集部"},
        "publisher": {"@type": "Organization", "name": "ITテックゲート"},
        "mainEntityOfPage": B + a["path"],
        "articleSection": a["category"] or "セキュリティ",
    }
    ranking = "\n".join('<li><a href="%s">%s</a></li>' % (attr(page_url(x)), esc(x["title"])) for x in others(a))
    rel = "\n".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (
        attr(page_url(x)), esc(x["title"]), x["published"].replace("-", "/")) for x in related(a, 3))
    newest = by_site("site-b")[::-1]
    newest = [x for x in newest if x is not a and x["published"] <= a["published"]][:4]
    new_html = "\n".join('<li><a href="%s">%s</a></li>' % (attr(page_url(x)), esc(x["title"])) for x in newest)
    pr_note = ""
    if a["category"] == "プレスリリース":
        pr_note = '<div class="pr-note">※本記事は、発表元から提供されたプレスリリースを原文のまま掲載しています。内容に関するお問い合わせは発表元へお願いします。</div>\n'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{b_meta(charset_mode(a))}<title>{esc(a['title'])} - ITテックゲート</title>
<meta name="keywords" content="セキュリティ,情報漏えい,サイバー攻撃">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<link rel="stylesheet" href="{B}/css/common.css">
</head>
<body>
{B_HEAD_NAV}
<div id="container">
<div id="content">
<div class="topic-path"><a href="{B}/">ホーム</a> &gt; <a href="{B}/news/list.html">ニュース</a> &gt; {esc(a['category'] or 'セキュリティ')}</div>
<h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="date">{t:%Y/%m/%d %H:%M}</span> <span class="writer">[{esc(a['author'] or 'ITテックゲート編集部')},ITテックゲート]</span></div>
<div class="sns-buttons">ツイート | いいね! | ブックマーク</div>
{pr_note}<div class="entry-body">
{render_blocks(a['body'], 'h3')}
</div>
<div class="entry-footer"><p>この記事は役に立ちましたか? <a href="#">はい</a> / <a href="#">いいえ</a></p></div>
<div class="related-box"><h3>あわせて読みたい</h3>
<ul>
{rel}
</ul></div>
</div>
<div id="side">
<div class="side-box"><h3>セキュリティ ランキング</h3>
<ol>
{ranking}
</ol></div>
<div class="side-box"><h3>新着記事</h3>
<ul>
{new_html}
</ul></div>
<div class="side-box ad"><p>[PR] クラウド移行の「落とし穴」を解説するウェビナー、参加者募集中</p></div>
</div>
</div>
{B_FOOTER}
</body>
</html>
"""


def site_b_list(pages, idx):
    arts = pages[idx]
    items = "\n".join(
        '<li><span class="date">%s</span> <a class="title" href="%s">%s</a><p class="lead">%s</p></li>' % (
            x["published"].replace("-", "/"), attr(x["path"]), esc(x["title"]), esc(x["body"][0][:60] + "…"))
        for x in arts)
    names = ["list.html"] + ["list-%d.html" % (i + 1) for i in range(1, len(pages))]
    pager = []
    if idx > 0:
        pager.append('<a href="%s" rel="prev" class="prev">&lt; 前へ</a>' % names[idx - 1])
    for i, n in enumerate(names):
        pager.append('<span class="current">%d</span>' % (i + 1) if i == idx else '<a href="%s">%d</a>' % (n, i + 1))
    if idx < len(pages) - 1:
        pager.append('<a href="%s" rel="next" class="next">次へ &gt;</a>' % names[idx + 1])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティ ニュース一覧({idx + 1}ページ目) - ITテックゲート</title>
</head>
<body>
{B_HEAD_NAV}
<div id="container"><div id="content">
<h1>セキュリティ ニュース一覧</h1>
<ul class="news-list">
{items}
</ul>
<div class="pager">{' '.join(pager)}</div>
</div></div>
{B_FOOTER}
</body>
</html>
"""


def site_b_index(arts):
    items = "\n".join('<li><a href="%s">%s</a></li>' % (attr(x["path"]), esc(x["title"])) for x in arts[:5])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>ITテックゲート - IT業界のニュースと解説</title>
</head>
<body>
{B_HEAD_NAV}
<div id="container"><div id="content">
<h2>注目のセキュリティニュース</h2>
<ul class="top-news">
{items}
</ul>
<p><a href="news/list.html">ニュース一覧へ</a></p>
</div></div>
{B_FOOTER}
</body>
</html>
"""


# ------------------------------------------------------------------ site C
def c_meta(a, mode):
    if mode not in ("both", "meta"):
        return ""
    if h(a["path"]) % 2:
        return '<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">\n'
    return '<meta charset="EUC-JP">\n'


C_SIDEBAR_STATIC = """<div class="module"><h3>カテゴリー</h3>
<ul><li>不正アクセス</li><li>ランサムウェア</li><li>マルウェア</li><li>誤送信</li><li>紛失・盗難</li><li>設定ミス</li><li>まとめ</li><li>お知らせ</li></ul></div>
<div class="module"><h3>このブログについて</h3><p>国内で公表されたセキュリティ事故のお知らせを、個人的に拾い読みして記録しているブログです。引用部分の著作権は各発表元に帰属します。</p></div>"""


def site_c_article(a):
    t = dtime(a)
    arts = by_site("site-c")
    i = arts.index(a)
    prev_a = arts[i - 1] if i > 0 else None
    next_a = arts[i + 1] if i + 1 < len(arts) else None
    pager = []
    if prev_a:
        pager.append('<a href="%s" class="prev-entry">&laquo; %s</a>' % (attr(prev_a["path"]), esc(prev_a["title"])))
    pager.append('<a href="%s/">メイン</a>' % B)
    if next_a:
        pager.append('<a href="%s" class="next-entry">%s &raquo;</a>' % (attr(next_a["path"]), esc(next_a["title"])))
    popular = "\n".join('<li><a href="%s">%s</a></li>' % (attr(x["path"]), esc(x["title"])) for x in others(a, 5))
    recent = "\n".join('<li><a href="%s">%s</a></li>' % (attr(x["path"]), esc(x["title"]))
                       for x in arts[::-1] if x is not a)
    recent = "\n".join(recent.split("\n")[:6])
    months = {}
    for x in arts:
        k = x["published"][:7]
        months[k] = months.get(k, 0) + 1
    archive = "\n".join("<li>%s年%d月 (%d)</li>" % (k[:4], int(k[5:]), v) for k, v in sorted(months.items(), reverse=True))
    cats = " ".join("[%s]" % esc(c) for c in [a["category"] or "未分類"] + a["tags"])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
{c_meta(a, charset_mode(a))}<title>{esc(a['title'])} - インシデント拾い読み帳</title>
<link rel="alternate" type="application/atom+xml" title="Atom" href="{B}/atom.xml">
</head>
<body>
<div id="blog-title">
<h1><a href="{B}/">インシデント拾い読み帳</a></h1>
<p class="description">国内のセキュリティ事故の公表文を拾って読むブログ</p>
</div>
<div id="wrapper">
<div id="main">
<div class="entry">
<div class="entry-header">
<div class="date">{t.year}年{t.month}月{t.day}日 {t:%H:%M}</div>
<h2 class="entry-title"><a href="{a['path']}">{esc(a['title'])}</a></h2>
<div class="categories">{cats}</div>
</div>
<div id="main-text">
{render_blocks(a['body'], 'h3')}
</div>
<div class="entry-footer">posted by ひろいよみ管理人 | <a href="{a['path']}#comments">コメント(0)</a> | <a href="{a['path']}#tb">トラックバック(0)</a> | はてなブックマークに追加</div>
</div>
<div class="pager">{' | '.join(pager)}</div>
</div>
<div id="sidebar">
<div class="module"><h3>人気記事</h3>
<ul>
{popular}
</ul></div>
<div class="module"><h3>最近の記事</h3>
<ul>
{recent}
</ul></div>
{C_SIDEBAR_STATIC}
<div class="module"><h3>アーカイブ</h3>
<ul>
{archive}
</ul></div>
</div>
</div>
<div id="footer">Copyright (C) 2024-2026 インシデント拾い読み帳 All rights reserved. Powered by a small static blog engine.</div>
</body>
</html>
"""


def site_c_index(arts):
    items = "\n".join(
        '<div class="entry-summary"><div class="date">%s</div><h2><a href="%s">%s</a></h2><p>%s</p></div>' % (
            x["published"].replace("-", "年", 1).replace("-", "月", 1) + "日", attr(x["path"]), esc(x["title"]),
            esc(x["body"][0][:70] + "…"))
        for x in arts[:5])
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="EUC-JP">
<title>インシデント拾い読み帳</title>
<link rel="alternate" type="application/atom+xml" title="Atom" href="{B}/atom.xml">
</head>
<body>
<div id="blog-title"><h1><a href="{B}/">インシデント拾い読み帳</a></h1>
<p class="description">国内のセキュリティ事故の公表文を拾って読むブログ</p></div>
<div id="wrapper"><div id="main">
{items}
</div></div>
<div id="footer">Copyright (C) 2024-2026 インシデント拾い読み帳 All rights reserved.</div>
</body>
</html>
"""


# ------------------------------------------------------------------ site D
D_HEADER = """<header class="corp-header">
<div class="corp-logo"><a href="{B}/">株式会社ミズナギソリューションズ</a></div>
<nav><ul>
<li><a href="{B}/">ホーム</a></li>
<li><a href="{B}/">サービス(ナギカート)</a></li>
<li><a href="{B}/">会社情報</a></li>
<li><a href="{B}/info/">お知らせ</a></li>
<li><a href="{B}/">採用情報</a></li>
<li><a href="{B}/">お問い合わせ</a></li>
</ul></nav>
</header>""".replace("{B}", B)

D_FOOTER = """<footer class="corp-footer">
<p>株式会社ミズナギソリューションズ 〒140-0000 東京都品川区(所在地は架空です)</p>
<p><a href="{B}/">個人情報保護方針</a> | <a href="{B}/">サイトマップ</a></p>
<p>&copy; 2025 Mizunagi Solutions Inc.</p>
</footer>""".replace("{B}", B)


def site_d_article(a):
    t = dtime(a)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a['title'])}|株式会社ミズナギソリューションズ</title>
</head>
<body>
{D_HEADER}
<main>
<div class="notice">
<p class="notice-meta"><span class="notice-date">{t:%Y.%m.%d}</span> <span class="notice-cat">{esc(a['category'] or 'お知らせ')}</span></p>
<h1 class="notice-title">{esc(a['title'])}</h1>
<div class="notice-body">
{render_blocks(a['body'], 'h2')}
</div>
</div>
<p class="back"><a href="{B}/info/">お知らせ一覧へ戻る</a></p>
</main>
{D_FOOTER}
</body>
</html>
"""


def site_d_list(arts, title, home=False):
    items = "\n".join('<li><span class="date">%s</span> <a href="%s">%s</a></li>' % (
        x["published"].replace("-", "."), attr(B + x["path"]), esc(x["title"])) for x in arts)
    extra = ""
    if home:
        extra = '<section class="hero"><h1>ECをもっと身近に。</h1><p>中小規模の通販サイト向けカートASP「ナギカート」を提供しています。</p></section>\n'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}|株式会社ミズナギソリューションズ</title>
</head>
<body>
{D_HEADER}
<main>
{extra}<h2>お知らせ</h2>
<ul class="info-list">
{items}
</ul>
</main>
{D_FOOTER}
</body>
</html>
"""


# ------------------------------------------------------------------ feeds
def rss2(arts):
    items = []
    for i, a in enumerate(arts[:15]):
        link = page_url(a)
        if i % 3 == 0:
            link += "?utm_source=rss&amp;utm_medium=feed"
        items.append(f"""<item>
<title>{esc(a['title'])}</title>
<link>{link}</link>
<guid isPermaLink="true">{page_url(a)}</guid>
<pubDate>{email.utils.format_datetime(dtime(a))}</pubDate>
<category>{esc(a['category'] or 'ニュース')}</category>
<description>{esc(a['body'][0][:100])}…</description>
</item>""")
    last = email.utils.format_datetime(dtime(arts[0]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>情報セキュリティ新報</title>
<link>{B}/</link>
<description>セキュリティの「いま」を伝える専門ニュース</description>
<language>ja</language>
<lastBuildDate>{last}</lastBuildDate>
<atom:link href="{B}/feed.xml" rel="self" type="application/rss+xml"/>
{chr(10).join(items)}
</channel>
</rss>
"""


def sitemap_index(years):
    sm = "\n".join(f"""<sitemap>
<loc>{B}/sitemaps/news-{y}.xml</loc>
<lastmod>{last}</lastmod>
</sitemap>""" for y, last in years)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{sm}
</sitemapindex>
"""


def urlset(arts):
    urls = "\n".join(f"""<url>
<loc>{page_url(a)}</loc>
<lastmod>{dtime(a).isoformat()}</lastmod>
<changefreq>monthly</changefreq>
</url>""" for a in arts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def rss1(arts):
    arts = arts[:10]
    links = []
    for i, a in enumerate(arts):
        u = page_url(a)
        if i in (1, 4):
            u += "?ref=rss"
        links.append(u)
    seq = "\n".join('<rdf:li rdf:resource="%s"/>' % l for l in links)
    items = "\n".join(f"""<item rdf:about="{l}">
<title>{esc(a['title'])}</title>
<link>{l}</link>
<description>{esc(a['body'][0][:80])}…</description>
<dc:subject>{esc(a['category'] or 'セキュリティ')}</dc:subject>
<dc:creator>{esc(a['author'] or 'ITテックゲート編集部')}</dc:creator>
<dc:date>{dtime(a).isoformat()}</dc:date>
</item>""" for a, l in zip(arts, links))
    return f"""<?xml version="1.0" encoding="Shift_JIS"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="{B}/rss.rdf">
<title>ITテックゲート セキュリティ</title>
<link>{B}/news/list.html</link>
<description>ITテックゲートのセキュリティ関連ニュース</description>
<dc:language>ja</dc:language>
<dc:date>{dtime(arts[0]).isoformat()}</dc:date>
<items>
<rdf:Seq>
{seq}
</rdf:Seq>
</items>
</channel>
{items}
</rdf:RDF>
"""


def atom(arts):
    entries = []
    for i, a in enumerate(arts):
        u = page_url(a)
        if i in (2, 9):
            u += "?utm_source=feed&amp;utm_medium=atom"
        cats = "".join('<category term="%s"/>' % attr(c) for c in [a["category"] or "未分類"] + a["tags"])
        entries.append(f"""<entry>
<title>{esc(a['title'])}</title>
<link rel="alternate" type="text/html" href="{u}"/>
<id>tag:hiroiyomi.example,{a['published']}:{a['path']}</id>
<published>{dtime(a).isoformat()}</published>
<updated>{dtime(a).isoformat()}</updated>
<author><name>ひろいよみ管理人</name></author>
{cats}
<summary>{esc(a['body'][0][:80])}…</summary>
</entry>""")
    return f"""<?xml version="1.0" encoding="EUC-JP"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
<title>インシデント拾い読み帳</title>
<subtitle>国内のセキュリティ事故の公表文を拾って読むブログ</subtitle>
<link rel="alternate" type="text/html" href="{B}/"/>
<link rel="self" type="application/atom+xml" href="{B}/atom.xml"/>
<id>tag:hiroiyomi.example,2024:blog</id>
<updated>{dtime(arts[0]).isoformat()}</updated>
{chr(10).join(entries)}
</feed>
"""


# ------------------------------------------------------------------ writing
class SiteWriter:
    def __init__(self, site):
        self.site = site
        self.dir = os.path.join(ROOT, site)
        self.files = []

    def add(self, path, text, content_type="text/html", header_charset=True, encoding=None):
        if path == "/":
            rel = "pages/index.html"
        elif path.endswith("/"):
            rel = "pages" + path + "index.html"
        elif content_type == "text/html" and not path.endswith(".html"):
            rel = "pages" + path + ".html"
        else:
            rel = "pages" + path
        full = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        self.files.append({
            "path": path, "file": rel, "content_type": content_type,
            "encoding": encoding or SITES[self.site]["encoding"],
            "header_charset": header_charset, "status": 200,
        })

    def finish(self):
        with open(os.path.join(self.dir, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump({"files": self.files}, f, ensure_ascii=False, indent=1)
            f.write("\n")


def header_flag(mode):
    return mode in ("both", "header")


def main():
    for s in SITES:
        d = os.path.join(ROOT, s)
        if os.path.isdir(d):
            shutil.rmtree(d)
    newest = {s: by_site(s)[::-1] for s in SITES}

    # site A
    w = SiteWriter("site-a")
    w.add("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: %s/sitemap.xml\n" % B, "text/plain")
    w.add("/", site_a_index(newest["site-a"]))
    for a in by_site("site-a"):
        w.add(a["path"], site_a_article(a), header_charset=header_flag(charset_mode(a)))
    w.add("/feed.xml", rss2(newest["site-a"]), "application/rss+xml")
    years = []
    for y in ("2025", "2026"):
        arts = [a for a in by_site("site-a") if a["published"].startswith(y)]
        w.add("/sitemaps/news-%s.xml" % y, urlset(arts), "application/xml")
        years.append((y, dtime(arts[-1]).isoformat()))
    w.add("/sitemap.xml", sitemap_index(years), "application/xml")
    w.finish()

    # site B
    w = SiteWriter("site-b")
    w.add("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search\n", "text/plain")
    w.add("/", site_b_index(newest["site-b"]), header_charset=False)
    for a in by_site("site-b"):
        w.add(a["path"], site_b_article(a), header_charset=header_flag(charset_mode(a)))
    nb = newest["site-b"]
    pages = [nb[i:i + 8] for i in range(0, len(nb), 8)]
    for i in range(len(pages)):
        w.add("/news/list.html" if i == 0 else "/news/list-%d.html" % (i + 1), site_b_list(pages, i),
              header_charset=(i == 1))
    w.add("/rss.rdf", rss1(nb), "application/rdf+xml")
    w.finish()

    # site C
    w = SiteWriter("site-c")
    w.add("/robots.txt", "User-agent: *\nDisallow:\n", "text/plain")
    w.add("/", site_c_index(newest["site-c"]), header_charset=True)
    for a in by_site("site-c"):
        w.add(a["path"], site_c_article(a), header_charset=header_flag(charset_mode(a)))
    w.add("/atom.xml", atom(newest["site-c"]), "application/atom+xml", header_charset=False)
    w.finish()

    # site D
    w = SiteWriter("site-d")
    w.add("/robots.txt", "User-agent: *\nDisallow: /cgi-bin/\n", "text/plain")
    w.add("/", site_d_list(newest["site-d"], "ホーム", home=True))
    w.add("/info/", site_d_list(newest["site-d"], "お知らせ一覧"))
    for a in by_site("site-d"):
        w.add(a["path"], site_d_article(a), header_charset=header_flag(charset_mode(a)))
    w.finish()

    # sites.json
    sites = {"sites": [
        {"id": "site-a", "name": SITES["site-a"]["name"], "dir": "site-a",
         "entry_points": [
             {"kind": "feed", "path": "/feed.xml"},
             {"kind": "sitemap", "path": "/sitemap.xml"}]},
        {"id": "site-b", "name": SITES["site-b"]["name"], "dir": "site-b",
         "entry_points": [
             {"kind": "feed", "path": "/rss.rdf"},
             {"kind": "listpage", "path": "/news/list.html", "link_selector": "ul.news-list a.title",
              "next_selector": "a[rel=next]", "max_pages": 5}]},
        {"id": "site-c", "name": SITES["site-c"]["name"], "dir": "site-c",
         "entry_points": [{"kind": "feed", "path": "/atom.xml"}]},
        {"id": "site-d", "name": SITES["site-d"]["name"], "dir": "site-d",
         "entry_points": [{"kind": "listpage", "path": "/info/", "link_selector": "ul.info-list a",
                           "max_pages": 1}]},
    ]}
    with open(os.path.join(ROOT, "sites.json"), "w", encoding="utf-8") as f:
        json.dump(sites, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # truth
    os.makedirs(os.path.join(ROOT, "truth"), exist_ok=True)
    order = ["site-a", "site-b", "site-c", "site-d"]
    arts = sorted(ARTICLES, key=lambda a: (order.index(a["site"]), a["published"], a["path"]))
    with open(os.path.join(ROOT, "truth", "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({
                "site": a["site"], "path": a["path"], "url_path": a["path"],
                "published": a["published"], "title": a["title"],
                "is_incident": a["is_incident"], "case": a["case"], "gold": a["gold"],
            }, ensure_ascii=False) + "\n")
    cases = []
    for key in sorted(CASES):
        m = CASES[key]
        carts = sorted([a for a in ARTICLES if a["case"] == key], key=lambda a: (a["published"], a["site"]))
        types = []
        for a in carts:
            for t in a["gold"]["incident_types"]:
                if t not in types:
                    types.append(t)
        hist = m["history"]
        cases.append({
            "key": key,
            "title": m["title"],
            "articles": [[a["site"], a["path"]] for a in carts],
            "organizations": [{"name": n, "role": r} for n, r in m["organizations"]],
            "incident_types": types,
            "affected_count": dict(hist[-1]) if hist else None,
            "count_history": hist,
            "timeline": m["timeline"],
            "vendor_of": m.get("vendor_of", []),
            "victim_of": m.get("victim_of"),
        })
    non = [[a["site"], a["path"]] for a in arts if not a["is_incident"]]
    with open(os.path.join(ROOT, "truth", "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases, "non_incident_articles": non}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("articles:", len(ARTICLES), "cases:", len(cases), "non-incident:", len(non))


if __name__ == "__main__":
    main()
