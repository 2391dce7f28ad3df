"""Helpers for writing the demo articles (all organisations are fictional)."""

ARTICLES = []


def O(name, role, *aliases):
    return {"name": name, "aliases": list(aliases), "role": role}


def D(text, value, event):
    return {"text": text, "value": value, "event": event}


def C(text, value):
    return {"text": text, "value": value}


def G(orgs=(), types=(), dates=(), count=None, data=(), systems=()):
    return {
        "organizations": list(orgs),
        "incident_types": list(types),
        "dates": list(dates),
        "affected_count": count,
        "data_types": list(data),
        "systems": list(systems),
    }


EMPTY = None  # marker for non-incident gold


def A(site, path, published, time, title, body, case=None, gold=None, *,
      author=None, category=None, tags=(), charset=None, lead=None):
    """Register one article.

    body: list of blocks. Prefixes: '## ' heading, '- ' list item,
    '> ' quoted paragraph, '>## ' quoted heading, '>- ' quoted list item.
    charset: 'both' | 'meta' | 'header' | 'none' (None = site default).
    """
    if gold is None:
        gold = G()
    ARTICLES.append({
        "site": site, "path": path, "published": published, "time": time,
        "title": title, "body": body, "case": case, "gold": gold,
        "is_incident": case is not None, "author": author,
        "category": category, "tags": list(tags), "charset": charset,
        "lead": lead,
    })
