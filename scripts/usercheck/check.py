#!/usr/bin/python3
"""Count what a user check's pages leak and change.

For each document NAME of a batch folder (NAME.txt, NAME.json with
"plant" and "keep"), the original page png/NAME.png and the anonymized
page out_TAG/NAME.png are read by the tesseract CLI in page segmentation
modes 11 and 6: a reader apart from the pipeline's own. A string is read
when one of the two reads holds it whole, with accents, case and spaces
aside. A planted value counts when the original's read holds it; it is
readable when the output's read holds it too. A string to keep counts
when the original's read holds it; it changed when the output's does not.
Reads of the originals are kept in ocr/ and reused.

Usage: check.py BATCHDIR TAG   (writes BATCHDIR/res_TAG.txt and prints it)
"""
import json
import os
import subprocess
import sys
import unicodedata


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(s.lower().split())


def ocr(png, psm):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", png, "stdout", "--psm", str(psm)],
                         capture_output=True, text=True, env=env, check=True)
    return out.stdout


def reads(png, cache=None):
    """The page's two reads, normalized."""
    if cache and os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return f.read().split("\f")
    texts = [norm(ocr(png, psm)) for psm in (11, 6)]
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            f.write("\f".join(texts))
    return texts


def held(texts, s):
    return any(norm(s) in t for t in texts)


def check_doc(batch, tag, name):
    with open(os.path.join(batch, name + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    orig = reads(os.path.join(batch, "png", name + ".png"),
                 os.path.join(batch, "ocr", name + ".txt"))
    outpng = os.path.join(batch, "out_" + tag, name + ".png")
    if not os.path.exists(outpng):
        return None
    out = reads(outpng)
    plant = [s for s in doc["plant"] if held(orig, s)]
    keep = [s for s in doc["keep"] if held(orig, s)]
    leaked = [s for s in plant if held(out, s)]
    changed = [s for s in keep if not held(out, s)]
    return len(plant), leaked, len(keep), changed


def main(batch, tag):
    os.makedirs(os.path.join(batch, "ocr"), exist_ok=True)
    names = sorted(n[:-5] for n in os.listdir(batch) if n.endswith(".json"))
    lines, tp, tl, tk, tc = [], 0, 0, 0, 0
    for name in names:
        r = check_doc(batch, tag, name)
        if r is None:
            lines.append(f"{name}: NO OUTPUT")
            continue
        np_, leaked, nk, changed = r
        tp, tl, tk, tc = tp + np_, tl + len(leaked), tk + nk, tc + len(changed)
        lines.append(f"{name}: readable {len(leaked)}/{np_} changed {len(changed)}/{nk}")
        lines += [f"    LEAK {s}" for s in leaked] + [f"    CHANGED {s}" for s in changed]
    lines.append(f"TOTAL readable {tl}/{tp} changed {tc}/{tk}")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(batch, f"res_{tag}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text, end="")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
