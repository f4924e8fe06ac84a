#!/usr/bin/env python3
"""Generates large inputs for Crux's import and validation benchmarks.

    generate_inputs.py OUT_DIR [--mb 100] [--corpus DIR]

Writes OUT_DIR/big.txt (plain text, UTF-8) and OUT_DIR/big.html (one saved web
page) of about --mb megabytes each, made of the real paragraphs of the sample
corpus (English and Vietnamese, with their headings, lists and citation marks)
repeated with numbered section headings, so the importers see the same kind of
text they see in real use. Deterministic: the same arguments give the same
bytes.
"""
import argparse
import html
import os
import random


def corpus_paragraphs(corpus):
    paras = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if len(line) > 60:
                    paras.append(line)
    if not paras:
        raise SystemExit("no paragraphs found in " + corpus)
    return paras


def write_text(path, paras, target):
    rng = random.Random(1917)
    size = 0
    section = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            section += 1
            chunk = [f"{section // 100 + 1}.{section % 100 + 1} Section {section}", ""]
            for _ in range(12):
                chunk.append(rng.choice(paras))
                chunk.append("")
            chunk.append("- " + rng.choice(paras)[:120])
            chunk.append("- " + rng.choice(paras)[:120])
            chunk.append("")
            text = "\n".join(chunk) + "\n"
            f.write(text)
            size += len(text.encode("utf-8"))


def write_html(path, paras, target):
    rng = random.Random(1918)
    size = 0
    section = 0
    with open(path, "w", encoding="utf-8") as f:
        head = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title>'
                '<style>body{font-family:serif}</style><script>var x=1;</script></head><body>\n'
                '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/a">Archive</a></li></ul></nav>\n'
                '<main><article>\n')
        f.write(head)
        size += len(head)
        while size < target:
            section += 1
            parts = [f"<section><h2>Section {section}</h2>\n"]
            for _ in range(10):
                p = html.escape(rng.choice(paras))
                parts.append(f"<p>{p[:40]}<em>{p[40:80]}</em>{p[80:]}</p>\n")
            parts.append("<ul>" + "".join(f"<li>{html.escape(rng.choice(paras)[:100])}</li>" for _ in range(3)) + "</ul>\n")
            parts.append("<table><tr><th>Date</th><th>Event</th></tr><tr><td>25 October 1917</td><td>"
                         + html.escape(rng.choice(paras)[:80]) + "</td></tr></table>\n")
            parts.append("<blockquote><p>" + html.escape(rng.choice(paras)) + "</p></blockquote></section>\n")
            chunk = "".join(parts)
            f.write(chunk)
            size += len(chunk.encode("utf-8"))
        tail = ('</article></main>\n<footer><p>Phone our national office on 020 8988 8777</p>'
                '<ul><li>August 2021</li><li>July 2021</li></ul></footer></body></html>\n')
        f.write(tail)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus", "october-1917"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    paras = corpus_paragraphs(a.corpus)
    target = int(a.mb * 1024 * 1024)
    write_text(os.path.join(a.out, "big.txt"), paras, target)
    write_html(os.path.join(a.out, "big.html"), paras, target)


if __name__ == "__main__":
    main()
