# -*- coding: utf-8 -*-
"""Validates data/demo-sites/.

    python3 data/demo-sites/tools/check.py

Checks: manifest files exist; pages encode in their declared encoding;
charset declarations (exactly one HTML page declares none); every article is
reachable from an entry point (feeds, sitemaps, list pages); gold literals are
substrings of the article's visible headline+body; label vocabularies; truth
consistency; corpus size; no 40-character run copied from the evaluation
texts; invented names are not listed companies; weekdays in brackets agree
with the gold date.  Exits non-zero on any error.  Warnings (date-like
expressions not covered by gold) are printed for review only.
"""
import csv
import datetime as dt
import glob
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BASE = "http://127.0.0.1:8080"
SHARED = "/work/shared"

ERRORS = []
WARNINGS = []


def err(msg):
    ERRORS.append(msg)


def warn(msg):
    WARNINGS.append(msg)


ROLES = {"victim", "vendor", "other"}
TYPES = {"unauthorized_access", "ransomware", "malware", "phishing", "account_takeover", "misdelivery",
         "loss_theft", "insider", "misconfiguration", "web_tampering", "ddos", "vulnerability", "fraud", "other"}
EVENTS = {"occurred", "detected", "notified", "contained", "disclosed", "restored", "reported_to_authority", "other"}
DATA = {"personal_info", "email_address", "credit_card", "password", "bank_account", "health", "my_number",
        "employee_info", "business_info", "email_header", "none_confirmed", "other"}
PY_ENC = {"UTF-8": ["utf-8"], "Shift_JIS": ["shift_jis", "cp932"], "EUC-JP": ["euc_jp"]}

CONTAINERS = {
    "site-a": (("h1", "class", "headline"), ("div", "class", "article-body")),
    "site-b": (("h1", "class", "entry-title"), ("div", "class", "entry-body")),
    "site-c": (("h2", "class", "entry-title"), ("div", "id", "main-text")),
    "site-d": (("h1", "class", "notice-title"), ("div", "class", "notice-body")),
}

# Cores of every invented organisation / product / outlet name used in the corpus.
INVENTED = ["ミズナギ", "ナギカート", "こだま茶舗", "しおさい海産", "アトリエ・ノクト", "ふくろう文具", "あさぎ堂",
            "ツルギ精密", "紬会", "かなめ台", "そよかぜトラベル", "霧ヶ丘", "ナナイロ", "サクラギ住宅", "ツバサ・ライナーズ",
            "キャリアノーツ", "かすみ野", "三つ葉化成", "ハコブネ", "やまなみ観光", "はるかぜ信用", "青嵐", "ルミナ電装",
            "ひなたフーズ", "カモメ製パン", "すずかけ出版", "ソラミチ", "オクルマエ", "テックゲート", "情報セキュリティ新報",
            "拾い読み帳", "越後日報", "日本EC安全推進"]

VOID = {"meta", "link", "br", "img", "input", "hr", "source", "area", "base", "col", "embed", "wbr"}


class Extract(HTMLParser):
    """Collects visible text, text inside the headline/body containers, anchors."""

    def __init__(self, title_sel=None, body_sel=None):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.title_sel, self.body_sel = title_sel, body_sel
        self.title_depth = self.body_depth = None
        self.title, self.body, self.visible = [], [], []
        self.anchors = []  # (href, rel, classes, ancestors[(tag, classes, id)])
        self.metas = []
        self.skip = 0

    @staticmethod
    def match(sel, tag, attrs):
        t, k, v = sel
        if tag != t:
            return False
        val = attrs.get(k) or ""
        return v in val.split() if k == "class" else val == v

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.metas.append(a)
        if tag in VOID:
            return
        self.stack.append((tag, (a.get("class") or "").split(), a.get("id")))
        if tag in ("script", "style", "title"):
            self.skip += 1
        if self.title_sel and self.title_depth is None and self.match(self.title_sel, tag, a):
            self.title_depth = len(self.stack)
        if self.body_sel and self.body_depth is None and self.match(self.body_sel, tag, a):
            self.body_depth = len(self.stack)
        if tag == "a":
            self.anchors.append((a.get("href"), a.get("rel") or "", (a.get("class") or "").split(), list(self.stack)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _, _ = self.stack.pop()
            if t in ("script", "style", "title"):
                self.skip -= 1
            if self.title_depth is not None and len(self.stack) < self.title_depth:
                self.title_depth = -1
            if self.body_depth is not None and len(self.stack) < self.body_depth:
                self.body_depth = -1
            if t == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.visible.append(data)
        if self.title_depth not in (None, -1):
            self.title.append(data)
        if self.body_depth not in (None, -1):
            self.body.append(data)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def load_json(p):
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def served_bytes(site_dir, entry):
    with open(os.path.join(site_dir, entry["file"]), encoding="utf-8") as f:
        text = f.read().replace("{{BASE}}", BASE)
    return text, text.encode(PY_ENC[entry["encoding"]][-1])


def to_path(url, page_path="/"):
    """Absolute/relative link -> site path without query and fragment."""
    u = urljoin(BASE + page_path, url)
    parts = urlsplit(u)
    if parts.scheme + "://" + parts.netloc != BASE:
        return None
    return parts.path or "/"


def selector_match(sel, anchor):
    """Tiny CSS subset: 'A B' descendant, tag.class, tag[attr=value]."""
    href, rel, classes, ancestors = anchor
    parts = sel.split()

    def one(simple, tag, cls, ident, rel_=None):
        m = re.match(r"^([a-z0-9]*)((?:\.[\w-]+)*)(?:#([\w-]+))?(?:\[(\w+)=([\w-]+)\])?$", simple)
        if not m:
            raise ValueError(simple)
        t, c, i, ak, av = m.groups()
        if t and t != tag:
            return False
        for cc in [x for x in c.split(".") if x]:
            if cc not in cls:
                return False
        if i and i != ident:
            return False
        if ak == "rel" and av not in (rel_ or "").split():
            return False
        return True

    if not one(parts[-1], "a", classes, None, rel):
        return False
    chain = ancestors[:-1]  # ancestors includes the <a> itself at the end
    need = parts[:-1]
    j = len(chain) - 1
    for simple in reversed(need):
        while j >= 0 and not one(simple, chain[j][0], chain[j][1], chain[j][2]):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


def main():
    sites = load_json(os.path.join(ROOT, "sites.json"))["sites"]
    manifests = {}
    for s in sites:
        sd = os.path.join(ROOT, s["dir"])
        m = load_json(os.path.join(sd, "manifest.json"))
        manifests[s["id"]] = {e["path"]: e for e in m["files"]}
        paths = [e["path"] for e in m["files"]]
        if len(paths) != len(set(paths)):
            err("%s: duplicate manifest paths" % s["id"])
        if "/robots.txt" not in manifests[s["id"]]:
            err("%s: no robots.txt" % s["id"])

    # ---------------------------------------------------------- files, encodings, charset declarations
    no_decl = []
    for s in sites:
        sd = os.path.join(ROOT, s["dir"])
        for e in manifests[s["id"]].values():
            fp = os.path.join(sd, e["file"])
            if not os.path.isfile(fp):
                err("missing file %s/%s" % (s["id"], e["file"]))
                continue
            if e["encoding"] not in PY_ENC:
                err("unknown encoding %s" % e["encoding"])
                continue
            with open(fp, encoding="utf-8") as f:
                text = f.read()
            for enc in PY_ENC[e["encoding"]]:
                try:
                    if text.encode(enc).decode(enc) != text:
                        err("%s %s: %s round trip changes text" % (s["id"], e["path"], enc))
                except UnicodeEncodeError as ex:
                    err("%s %s: not encodable in %s: %r" % (s["id"], e["path"], enc, text[ex.start:ex.end]))
            if e["content_type"] == "text/html":
                p = Extract()
                p.feed(text)
                declared = None
                for mt in p.metas:
                    if "charset" in mt:
                        declared = mt["charset"]
                    elif (mt.get("http-equiv") or "").lower() == "content-type":
                        mm = re.search(r"charset=([\w-]+)", mt.get("content") or "", re.I)
                        declared = mm.group(1) if mm else None
                if declared and declared.lower().replace("_", "-") != e["encoding"].lower().replace("_", "-"):
                    err("%s %s: meta charset %s != %s" % (s["id"], e["path"], declared, e["encoding"]))
                if not declared and not e["header_charset"]:
                    no_decl.append((s["id"], e["path"], e["encoding"]))
            if e["content_type"].endswith("xml"):
                head = text[:100]
                mm = re.search(r'encoding="([\w-]+)"', head)
                if not mm or mm.group(1).lower() != e["encoding"].lower():
                    err("%s %s: XML prolog encoding mismatch" % (s["id"], e["path"]))
    if len(no_decl) != 1:
        err("expected exactly one page without any charset declaration, got %s" % no_decl)
    elif no_decl[0][2] == "UTF-8":
        err("the undeclared page must be Shift_JIS or EUC-JP")

    # ---------------------------------------------------------- reachability
    reached = {s["id"]: set() for s in sites}

    def fetch(site, path):
        e = manifests[site].get(path)
        if e is None:
            err("%s: link to unknown path %s" % (site, path))
            return None
        return served_bytes(os.path.join(ROOT, site), e)

    for s in sites:
        sid = s["id"]
        for ep in s["entry_points"]:
            if ep["kind"] in ("feed", "sitemap"):
                queue = [ep["path"]]
                seen = set()
                while queue:
                    path = queue.pop()
                    if path in seen:
                        continue
                    seen.add(path)
                    got = fetch(sid, path)
                    if not got:
                        continue
                    raw = got[1]
                    mm = re.match(rb'<\?xml[^>]*encoding="([\w-]+)"', raw)
                    enc = mm.group(1).decode() if mm else "utf-8"
                    # expat cannot parse multi-byte legacy encodings: decode per the prolog, re-declare as UTF-8
                    xml_text = raw.decode({"shift_jis": "cp932", "euc-jp": "euc_jp"}.get(enc.lower(), enc))
                    xml_text = re.sub(r'encoding="[\w-]+"', 'encoding="UTF-8"', xml_text, count=1)
                    root = ET.fromstring(xml_text.encode("utf-8"))
                    tag = root.tag.split("}")[-1]
                    links = []
                    if tag == "rss":
                        links = [x.text for x in root.iter("link") if x.text and "/feed" not in x.text]
                        links = [l for l in links if to_path(l) not in ("/",)]
                    elif tag == "RDF":
                        ns = "{http://purl.org/rss/1.0/}"
                        links = [it.find(ns + "link").text for it in root.iter(ns + "item")]
                    elif tag == "feed":
                        ns = "{http://www.w3.org/2005/Atom}"
                        for en in root.iter(ns + "entry"):
                            for l in en.iter(ns + "link"):
                                if l.get("rel", "alternate") == "alternate":
                                    links.append(l.get("href"))
                    elif tag == "sitemapindex":
                        ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
                        queue += [to_path(x.text) for x in root.iter(ns + "loc")]
                        continue
                    elif tag == "urlset":
                        ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
                        links = [x.text for x in root.iter(ns + "loc")]
                    else:
                        err("%s %s: unknown feed type %s" % (sid, path, tag))
                    for l in links:
                        if not l.startswith(BASE):
                            err("%s %s: feed link not absolute {{BASE}} URL: %s" % (sid, path, l))
                        reached[sid].add(to_path(l))
            elif ep["kind"] == "listpage":
                path, n = ep["path"], 0
                while path and n < ep.get("max_pages", 1):
                    n += 1
                    got = fetch(sid, path)
                    if not got:
                        break
                    p = Extract()
                    p.feed(got[0])
                    for an in p.anchors:
                        if an[0] and selector_match(ep["link_selector"], an):
                            reached[sid].add(to_path(an[0], path))
                    nxt = None
                    if ep.get("next_selector"):
                        for an in p.anchors:
                            if an[0] and selector_match(ep["next_selector"], an):
                                nxt = to_path(an[0], path)
                    path = nxt
            else:
                err("unknown entry point kind %s" % ep["kind"])

    # ---------------------------------------------------------- truth
    arts = []
    with open(os.path.join(ROOT, "truth", "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            arts.append(json.loads(line))
    truth = load_json(os.path.join(ROOT, "truth", "cases.json"))
    case_keys = {c["key"]: c for c in truth["cases"]}
    article_keys = {(a["site"], a["path"]) for a in arts}
    if len(article_keys) != len(arts):
        err("duplicate article rows")

    for s in sites:
        for e in manifests[s["id"]].values():
            if e["content_type"] == "text/html" and e["path"] not in ("/",) and not e["path"].startswith("/news/list") \
                    and e["path"] != "/info/" and (s["id"], e["path"]) not in article_keys:
                err("%s %s: html page is neither an article nor a known index page" % (s["id"], e["path"]))

    dev_texts = []
    dev = os.path.join(SHARED, "eval", "dev.jsonl")
    if os.path.exists(dev):
        with open(dev, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                dev_texts += [d.get("text") or "", d.get("title") or ""]
    for sp in glob.glob(os.path.join(SHARED, "seeds", "*")):
        with open(sp, encoding="utf-8", errors="replace") as f:
            dev_texts.append(f.read())
    windows = set()
    for t in dev_texts:
        t = norm(t)
        for i in range(len(t) - 39):
            windows.add(t[i:i + 40])

    date_re = re.compile(r"(?:令和|平成)?(?:\d{2,4}|[０-９]{2,4})?[年/.]?(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]+)月"
                         r"(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]+)?日?|(?:翌|同|先|今|本)?(?:\d{1,2}|[０-９]{1,2})日"
                         r"|\d{4}[/.]\d{1,2}[/.]\d{1,2}|(?:同|翌|本|昨|今)(?:日|月|年末)")
    weekday = "月火水木金土日"

    for a in arts:
        key = (a["site"], a["path"])
        if key[0] not in manifests or a["path"] not in manifests[key[0]]:
            err("article not in manifest: %s" % (key,))
            continue
        if a["path"] not in reached[a["site"]]:
            err("article not reachable from any entry point: %s" % (key,))
        if not ("2025-01-01" <= a["published"] <= "2026-11-21"):
            err("%s: published out of range" % (key,))
        e = manifests[a["site"]][a["path"]]
        text, _ = served_bytes(os.path.join(ROOT, a["site"]), e)
        tsel, bsel = CONTAINERS[a["site"]]
        p = Extract(tsel, bsel)
        p.feed(text)
        title = "".join(p.title).strip()
        body = "\n".join(x for x in p.body if x.strip())
        if title != a["title"]:
            err("%s: title mismatch %r / %r" % (key, title, a["title"]))
        hay = title + "\n" + body
        n = len(re.sub(r"\s", "", body))
        limit = 900
        if not (300 <= n <= limit):
            err("%s: body length %d outside 300-%d" % (key, n, limit))
        # copied runs
        nv = norm("\n".join(p.visible))
        for i in range(len(nv) - 39):
            if nv[i:i + 40] in windows:
                err("%s: 40-char run copied from eval/seeds: %s" % (key, nv[i:i + 40]))
                break
        g = a["gold"]
        if a["is_incident"]:
            if a["case"] not in case_keys:
                err("%s: unknown case %s" % (key, a["case"]))
            elif list(key) not in case_keys[a["case"]]["articles"]:
                err("%s: not listed in its case" % (key,))
            if not g["organizations"] or not g["incident_types"]:
                err("%s: incident without organisations/types" % (key,))
        else:
            if a["case"] is not None or any(g[k] for k in ("organizations", "incident_types", "dates", "data_types", "systems")) \
                    or g["affected_count"] is not None:
                err("%s: non-incident article with gold content" % (key,))
            if list(key) not in truth["non_incident_articles"]:
                err("%s: non-incident article missing from cases.json" % (key,))
        for o in g["organizations"]:
            if o["role"] not in ROLES:
                err("%s: bad role %s" % (key, o["role"]))
            for lit in [o["name"]] + o["aliases"]:
                if lit not in hay:
                    err("%s: organisation literal not in text: %s" % (key, lit))
        for t in g["incident_types"]:
            if t not in TYPES:
                err("%s: bad type %s" % (key, t))
        for t in g["data_types"]:
            if t not in DATA:
                err("%s: bad data type %s" % (key, t))
        for sy in g["systems"]:
            if sy not in hay:
                err("%s: system not in text: %s" % (key, sy))
        covered = []
        for d in g["dates"]:
            if d["text"] not in hay:
                err("%s: date text not in text: %s" % (key, d["text"]))
            if d["event"] not in EVENTS:
                err("%s: bad event %s" % (key, d["event"]))
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d["value"]):
                err("%s: bad date value %s" % (key, d["value"]))
                continue
            if len(d["value"]) == 10:
                val = dt.date.fromisoformat(d["value"])
                if val.isoformat() > a["published"]:
                    err("%s: date after publication: %s" % (key, d))
                for m in re.finditer(re.escape(d["text"]), hay):
                    tail = hay[m.end():m.end() + 2]
                    if len(tail) == 2 and tail[0] in "((" and tail[1] in weekday:
                        if weekday[val.weekday()] != tail[1]:
                            err("%s: weekday mismatch for %s (%s)" % (key, d["text"], tail))
            for m in re.finditer(re.escape(d["text"]), hay):
                covered.append((m.start(), m.end()))
        if a["is_incident"]:
            for m in date_re.finditer(hay):
                if not any(s <= m.start() and m.end() <= e2 or (m.start() <= s < m.end()) for s, e2 in covered):
                    warn("%s: date-like text not in gold: %s" % (key, hay[max(0, m.start() - 8):m.end() + 4].replace("\n", " ")))
        c = g["affected_count"]
        if c is not None:
            if c["text"] not in hay:
                err("%s: count text not in text: %s" % (key, c["text"]))
            if not isinstance(c["value"], int):
                err("%s: count value not int" % (key,))
            digits = norm(c["text"])
            if re.search(r"\d", digits) is None:
                err("%s: count text without digits" % (key,))

    # ---------------------------------------------------------- cases
    for c in truth["cases"]:
        for sk in c["articles"]:
            if tuple(sk) not in article_keys:
                err("case %s lists unknown article %s" % (c["key"], sk))
        mine = [a for a in arts if a["case"] == c["key"]]
        if len(mine) != len(c["articles"]):
            err("case %s: article list mismatch" % c["key"])
        first = min(x["date"] for x in c["timeline"])
        if not c["key"].startswith(first[:7]):
            err("case %s: key does not start with first event month %s" % (c["key"], first[:7]))
        for vk in c["vendor_of"]:
            if case_keys.get(vk, {}).get("victim_of") != c["key"]:
                err("case %s: vendor_of/victim_of mismatch for %s" % (c["key"], vk))
        if c["affected_count"] and c["count_history"] and c["affected_count"] != c["count_history"][-1]:
            err("case %s: affected_count != last count_history" % c["key"])
        for o in c["organizations"]:
            if o["role"] not in ROLES:
                err("case %s: bad role" % c["key"])
            if not any(o["name"] == x["name"] for a in mine for x in a["gold"]["organizations"]):
                err("case %s: organisation %s not named in any article gold" % (c["key"], o["name"]))
        for t in c["timeline"]:
            if t["event"] not in EVENTS:
                err("case %s: bad timeline event" % c["key"])

    n_art = len(arts)
    n_cases = len(truth["cases"])
    if n_art < 60:
        err("only %d articles" % n_art)
    if n_cases < 20:
        err("only %d incident cases" % n_cases)

    # ---------------------------------------------------------- invented names vs listed companies
    for fn in ("jp_listed_companies.csv", "jp_edinet_domestic_corporations.csv"):
        fp = os.path.join(SHARED, "testdata", fn)
        if not os.path.exists(fp):
            continue
        with open(fp, encoding="utf-8") as f:
            names = [r.get("name_ja", "") + " " + r.get("name_core", "") for r in csv.DictReader(f)]
        blob = "\n".join(names)
        for core in INVENTED:
            if core in blob:
                err("invented name %s appears in %s" % (core, fn))

    # ---------------------------------------------------------- copied runs in any written file
    for fp in glob.glob(os.path.join(ROOT, "**", "*"), recursive=True):
        if os.path.isfile(fp) and fp.endswith((".html", ".xml", ".rdf", ".json", ".jsonl", ".md", ".py", ".txt")):
            with open(fp, encoding="utf-8") as f:
                nt = norm(f.read())
            for i in range(len(nt) - 39):
                if nt[i:i + 40] in windows:
                    err("%s: 40-char run copied from eval/seeds: %s" % (os.path.relpath(fp, ROOT), nt[i:i + 40]))
                    break

    # ---------------------------------------------------------- report
    for w in WARNINGS:
        print("WARN ", w)
    for e in ERRORS:
        print("ERROR", e)
    print("sites=%d articles=%d incident_articles=%d cases=%d no-charset-page=%s" % (
        len(sites), n_art, sum(a["is_incident"] for a in arts), n_cases, no_decl))
    print("OK" if not ERRORS else "FAILED (%d errors)" % len(ERRORS))
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
