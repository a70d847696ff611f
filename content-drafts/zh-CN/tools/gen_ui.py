"""Writes ../ui.toml from ui_entries.py (the [ui] strings, located in the code by file:line) and
ui_tail.toml (the tables with stable ids). Run from anywhere: python3 gen_ui.py"""
import re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = str(HERE.parents[2]) + '/'
sys.path.insert(0, str(HERE))
from ui_entries import E, CONTEXT, AFTER, ZH_ONLY, TEMPLATES
def norm(text):
    return re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1), 16)), text)
cache = {}
def lines_of(path):
    if path not in cache:
        cache[path] = norm(open(ROOT + path, encoding='utf-8').read()).split('\n')
        # drop test modules from the search
        for i, l in enumerate(cache[path]):
            if l.startswith('#[cfg(test)]'):
                cache[path] = cache[path][:i]; break
    return cache[path]
MANUAL = {  # strings the code builds, found by a fragment
    ('Auto', 'assets/theme.js'): 'charAt(0).toUpperCase()',
    ('Light', 'assets/theme.js'): "CHOICES = ['auto', 'light', 'dark']",
    ('Dark', 'assets/theme.js'): "CHOICES = ['auto', 'light', 'dark']",
    ('Theme: {choice}. Change theme', 'assets/theme.js'): ". Change theme'",
    ('Download for offline ({} KB)', 'xtask/src/offline.rs'): '({} KB)',
    ('1 day', 'src/model/timeline/state.rs'): 'format!("1 {unit}")',
    ('1 month', 'src/model/timeline/state.rs'): 'format!("1 {unit}")',
    ('{count} days', 'src/model/timeline/state.rs'): '{count} {unit}s',
    ('{count} months', 'src/model/timeline/state.rs'): '{count} {unit}s',
    ('R1 explainer', 'xtask/src/offline.rs'): 'R1 explainer',
    ('Source {number}: {}', 'src/components/citation.rs'): 'Source {number}: {}',
    ('Download for offline', 'xtask/src/offline.rs'): '>Download for offline"',
    ('{} {}', 'src/components/benchmark_chart.rs'): '"{} {:.prec$}"',
}
def locate(eng, path):
    ls = lines_of(path)
    pats = []
    if (eng, path) in MANUAL: pats.append(MANUAL[(eng, path)])
    pats += ['"%s"' % eng, "'%s'" % eng]
    if len(eng) > 3: pats.append(eng)
    for p in pats:
        hits = [i + 1 for i, l in enumerate(ls) if p in l and not l.strip().startswith('//')]
        if hits: return hits
    # fragments around placeholders
    frags = sorted([f for f in re.split(r'\{[^}]*\}', eng) if len(f.strip()) >= 6], key=len, reverse=True)
    for f in frags:
        hits = [i + 1 for i, l in enumerate(ls) if f in l]
        if hits: return hits
    return []
def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
out = []
missing = []
out.append('# zh-CN draft of every English UI string that has no stable id of its own, keyed by the exact')
out.append('# English string ([ui]: "English" = "中文"). Above each entry: every file:line where the English')
out.append('# literal (or, for strings the code assembles, its distinctive piece) occurs, then a note.')
out.append('# Placeholders: named ones ({number}, {first}, {m}…) are kept exactly; the English positional {}')
out.append('# become {0}, {1}… in the zh value, numbered in the order of the English arguments, so the zh')
out.append('# sentence may reorder them (formats.toml [placeholders]). Leading/trailing spaces that only')
out.append('# separate Latin words are dropped in zh (NOTES.md, spacing rule).')
out.append('# Content with stable ids is in the tables after [ui]: [widgets] (content/widgets.rs),')
out.append('# [embeds.<key>] (content/embeds.rs), [page_meta] (index.html, prerender, manifest).')
out.append('# Generated from tools/ui_entries.py by tools/gen_ui.py, which looks the strings up in the code as read')
out.append('# on 2026-12-02 (repo HEAD ab99469 plus the uncommitted working tree).')
out.append('')
out.append('[ui]')
for eng, zh, files, note in E:
    locs = []
    for f in files:
        h = locate(eng, f)
        if not h: missing.append((eng, f))
        locs.append(f + ':' + ','.join(map(str, h)) if h else f + ':?')
    out.append('# ' + '  '.join(locs) + ('  – ' + note if note else ''))
    out.append(q(eng) + ' = ' + q(zh))
out.append('')
out.append('# Where one English string needs a different zh in one place: "file::English".')
out.append('[ui_context]')
for key, zh, note in CONTEXT:
    out.append('# ' + note)
    out.append(q(key) + ' = ' + q(zh))
out.append('')
out.append('# Text zh needs after the date (or element) that follows the English string; nothing in English.')
out.append('[ui_after]')
for key, zh, note in AFTER:
    out.append('# ' + note)
    out.append(q(key) + ' = ' + q(zh))
out.append('')
out.append('# Strings the zh edition needs that have no English counterpart yet (keyed by the English the')
out.append('# English edition would use for the same element).')
out.append('[ui_zh_only]')
for key, zh, note in ZH_ONLY:
    out.append('# ' + note)
    out.append(q(key) + ' = ' + q(zh))
out.append('')
out.append('# Whole sentences the code assembles from pieces around elements, as templates with named slots')
out.append('# (an alternative to the piecewise [ui] entries, which give the same text).')
for key, eng, zh, note in TEMPLATES:
    out.append('[templates.%s]' % key)
    out.append('# ' + note)
    out.append('en = ' + q(eng))
    out.append('zh = ' + q(zh))
out.append('')
open(HERE.parent / 'ui.toml', 'w', encoding='utf-8').write('\n'.join(out) + '\n' + open(HERE / 'ui_tail.toml', encoding='utf-8').read())
for m in missing: print('MISSING', m, file=sys.stderr)
print(len(E), 'ui entries', file=sys.stderr)
keys = [e[0] for e in E]
dups = {k for k in keys if keys.count(k) > 1}
print('dups', dups, file=sys.stderr)
