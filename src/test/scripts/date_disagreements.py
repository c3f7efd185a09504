#!/usr/bin/env python3
"""Where NewsFacts and HeidelTime date the same unlabelled news differently.

Two steps around `evaluate --dates`, which scores TimeML folders:

  make  turns unlabelled news into TimeML files with a creation date and no TIMEX3, so that every
        date a system finds comes back as "spurious" in the JSON report, with its span and value:
          CoNLL-2003 (Reuters, 1996): each -DOCSTART- document; its dateline ("LONDON 1996-08-30")
            is the creation date. Tokens are joined with simple detokenising rules.
          JSONL with text and publishedDate (PolNeAR, the project's wires.jsonl; web pages of an
            HTML extraction set through io.newsfacts.eval.HtmlDatedTexts, src/test/java, which
            keeps pages with the set's own date, --english, and --site-half A|B by host name).
          plain .txt files whose first line is "DCT YYYY-MM-DD" (texts of our own).
  diff  aligns the two systems' items per document by overlapping span and lists where span, type
        or value differ, and the dates only one system finds, one tab-separated line each:
          doc  kind  newsfacts-text  newsfacts-type  newsfacts-value  ht-text  ht-type  ht-value
        Judging which side is right is left to a reader with the TimeML guidelines.

  python3 src/test/scripts/date_disagreements.py make OUT --conll ../shared/eval/conll2003/dev.txt --limit 80 \
      --jsonl ../shared/eval/polnear/polnear-dev.jsonl --txt DIR
  java ... evaluate --dates OUT --systems newsfacts,heideltime --out REPORTDIR
  python3 src/test/scripts/date_disagreements.py diff REPORTDIR/OUT-NAME.json > diffs.tsv
"""
import argparse
import json
import os
import re
import sys
from xml.sax.saxutils import escape

DATELINE = re.compile(r"^(\d{4}-\d{2}-\d{2})$")


def detok(tokens):
    out = ""
    quote_open = False
    for t in tokens:
        if not out:
            out = t
            continue
        if t == '"':
            if quote_open:
                out += t
            else:
                out += " " + t
            quote_open = not quote_open
            continue
        if out.endswith('"') and quote_open and out[-2:-1] in (" ", ""):
            out += t
            continue
        if t in (".", ",", ":", ";", "?", "!", ")", "'s", "n't", "%") or t.startswith("'"):
            out += t
        elif out.endswith("(") or out.endswith("$"):
            out += t
        else:
            out += " " + t
    return out


def conll_docs(path, limit, skip=0):
    docs, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            cur = {"sents": [[]]}
            docs.append(cur)
            continue
        if cur is None:
            continue
        if not line.strip():
            cur["sents"].append([])
        else:
            cur["sents"][-1].append(line.split(" ")[0])
    out = []
    for i, d in enumerate(docs):
        sents = [s for s in d["sents"] if s]
        dct = None
        for s in sents[:4]:
            if len(s) >= 2 and DATELINE.match(s[-1]):
                dct = s[-1]
                break
        if dct is None:
            continue
        if skip:
            skip -= 1
            continue
        # headline and dateline as paragraphs of their own, the body as one paragraph (CoNLL breaks
        # some sentences where the wire had line breaks)
        head = [i for i, s in enumerate(sents) if s[-1] == dct][0]
        text = "\n\n".join([detok(s) for s in sents[:head + 1]]
                             + [" ".join(detok(s) for s in sents[head + 1:])])
        out.append((f"conll-{os.path.basename(path).split('.')[0]}-{i:04d}", dct, text))
        if limit and len(out) >= limit:
            break
    return out


def jsonl_docs(path, limit, skip=0):
    out = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        dct = (r.get("publishedDate") or "")[:10]
        if not re.match(r"\d{4}-\d{2}-\d{2}$", dct):
            continue
        if skip:
            skip -= 1
            continue
        out.append((re.sub(r"[^\w.-]", "_", r["id"])[:60], dct, r["text"]))
        if limit and len(out) >= limit:
            break
    return out


def txt_docs(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        lines = open(os.path.join(folder, name), encoding="utf-8").read().split("\n", 1)
        dct = lines[0].replace("DCT", "").strip()
        out.append((name[:-4], dct, lines[1].strip()))
    return out


def make(args):
    os.makedirs(args.out, exist_ok=True)
    docs = []
    for c in args.conll or []:
        docs += conll_docs(c, args.limit, args.skip)
    for j in args.jsonl or []:
        docs += jsonl_docs(j, args.limit, args.skip)
    for t in args.txt or []:
        docs += txt_docs(t)
    for doc_id, dct, text in docs:
        with open(os.path.join(args.out, doc_id + ".tml"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n' % doc_id)
            f.write('<DCT><TIMEX3 tid="t0" type="DATE" value="%s" functionInDocument="CREATION_TIME">'
                    '%s</TIMEX3></DCT>\n' % (dct, dct.replace("-", "")))
            f.write("<TEXT>\n%s\n</TEXT>\n</TimeML>\n" % escape(text))
    print(f"{len(docs)} documents written to {args.out}", file=sys.stderr)


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def diff(args):
    report = json.load(open(args.report, encoding="utf-8"))
    systems = {s["name"]: s for s in report["systems"]}
    ours = [n for n in systems if "newsfacts" in n.lower()][0]
    ht = [n for n in systems if "heidel" in n.lower()][0]

    def items(name):
        by_doc = {}
        for d in systems[name]["disagreements"]:
            if d["kind"] == "spurious":
                by_doc.setdefault(d["doc"], []).append(dict(d["ours"], sentence=d["sentence"]))
        return by_doc

    a, b = items(ours), items(ht)
    counts = {}
    for doc in sorted(set(a) | set(b)):
        left, right = a.get(doc, []), list(b.get(doc, []))
        for x in left:
            match = next((y for y in right if overlaps(x, y)), None)
            if match is None:
                kind = "only-newsfacts"
            else:
                right.remove(match)
                kinds = []
                if (x["start"], x["end"]) != (match["start"], match["end"]):
                    kinds.append("span")
                if x["label"] != match["label"]:
                    kinds.append("type")
                if x["value"] != match["value"]:
                    kinds.append("value")
                if not kinds:
                    continue
                kind = ",".join(kinds)
            counts[kind] = counts.get(kind, 0) + 1
            y = match or {"text": "", "label": "", "value": ""}
            print("\t".join([doc, kind, x["text"], x["label"], str(x["value"]), y["text"],
                             y["label"], str(y["value"]),
                             (x.get("sentence") or "").replace("\n", " ")[:300]]))
        for y in right:
            counts["only-heideltime"] = counts.get("only-heideltime", 0) + 1
            print("\t".join([doc, "only-heideltime", "", "", "", y["text"], y["label"],
                             str(y["value"]), (y.get("sentence") or "").replace("\n", " ")[:300]]))
    for k, v in sorted(counts.items()):
        print(f"{k}\t{v}", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("out")
    m.add_argument("--conll", action="append")
    m.add_argument("--jsonl", action="append")
    m.add_argument("--txt", action="append")
    m.add_argument("--limit", type=int, default=0, help="documents per source")
    m.add_argument("--skip", type=int, default=0,
                   help="documents per source skipped first (fresh samples: --skip 300 --limit 200)")
    d = sub.add_parser("diff")
    d.add_argument("report")
    args = p.parse_args()
    make(args) if args.cmd == "make" else diff(args)


if __name__ == "__main__":
    main()
