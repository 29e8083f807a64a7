#!/usr/bin/env bash
# Renders the seed briefing (corpus/lmec-briefing-2022-11.txt) as the other formats the readers must handle:
#   .docx and .pdf through LibreOffice (Chinese set in Noto Sans CJK SC), and a GB18030 copy through iconv.
# The outputs are committed; rerun this only when the seed changes. Needs root for apt-get when tools are missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$repo/corpus"
seed="$corpus/lmec-briefing-2022-11.txt"
base="lmec-briefing-2022-11"

need_install=()
command -v soffice >/dev/null 2>&1 || need_install+=(libreoffice-writer-nogui)
# Output captured first: with pipefail, grep -q closing the pipe early would fail the producer.
fonts="$(fc-list 2>/dev/null || true)"
grep -q 'Noto Sans CJK SC' <<<"$fonts" || need_install+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need_install+=(poppler-utils)
command -v iconv >/dev/null 2>&1 || need_install+=(libc-bin)
if ((${#need_install[@]} > 0)); then
  echo "installing: ${need_install[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile: no clash with a running instance, no dependence on the user's settings.
profile="-env:UserInstallation=file://$work/profile"

# Text (encoded) import options: charset, line ends, default font, language. Without them LibreOffice guesses the
# charset and sets the text in a font with no CJK glyphs.
cp "$seed" "$work/$base.txt"
soffice "$profile" --headless --infilter="Text (encoded):UTF8,LF,Noto Sans CJK SC,zh-CN" \
  --convert-to "docx:MS Word 2007 XML" --outdir "$work" "$work/$base.txt" 2>&1 | grep -v javaldx || true
soffice "$profile" --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$base.docx" 2>&1 | grep -v javaldx || true

cp "$work/$base.docx" "$corpus/$base.docx"
cp "$work/$base.pdf" "$corpus/$base.pdf"
iconv -f UTF-8 -t GB18030 "$seed" >"$corpus/$base.gb18030.txt"

# The PDF must carry the Chinese as text, not as missing glyphs: the place name has to come back out of it.
pdf_text="$(pdftotext "$corpus/$base.pdf" -)"
if ! grep -q '西双版纳州' <<<"$pdf_text"; then
  echo "error: $base.pdf has no extractable Chinese text" >&2
  exit 1
fi
pdffonts "$corpus/$base.pdf"
echo "wrote $corpus/$base.docx, $base.pdf, $base.gb18030.txt"
