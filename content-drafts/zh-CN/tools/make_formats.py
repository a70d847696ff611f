"""Writes ../formats.toml: formats_head.toml (the rules) + [examples] computed by zhfmt.py from
every fact value in src/data/facts.rs and the zh units/values in ../facts.toml."""
import sys, ast, subprocess
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from zhfmt import *
HERE = Path(__file__).resolve().parent
rows=[ast.literal_eval(l) for l in subprocess.run([sys.executable, str(HERE/'examples.py')],capture_output=True,text=True).stdout.splitlines()]
def q(s): return '"'+s.replace('\\','\\\\').replace('"','\\"')+'"'
out=[open(HERE/'formats_head.toml',encoding='utf-8').read().rstrip('\n'), '', '[examples]',
 '# Every fact value on the page: fact id = [English display, zh display]. Value::Text values',
 '# come from facts.toml `value`; all others from the rules above.', '[examples.facts]']
for fid,kind,en,zh in rows:
    en=' '.join(en.replace('",','').split())
    out.append(f'{fid} = [{q(en)}, {q(zh)}]   # {kind}')
out += ['', '# Formatter cases beyond the facts (calculator outputs, chart ticks, timeline gaps, CNY).', '[examples.other]']
cases=[
 ('usd text, per request (1,000 in + 1,000 out on R1)', en_usd(0.00274), zh_usd(0.00274)),
 ('usd text, tiny', en_usd(0.000274), zh_usd(0.000274)),
 ('usd text, ≥ $1,000 (a month of requests)', en_usd(2250.0), zh_usd(2250.0)),
 ('usd text, negative', en_usd(-2.5), zh_usd(-2.5)),
 ('usd tight, price table cell', en_usd(0.014), zh_usd_tight(0.014)),
 ('usd tight, y-axis tick', '$100', '$100'),
 ('usd_compact tight, log axis tick 1e4', '$10K', '$1万'),
 ('usd_compact tight, log axis tick 1e7', '$10M', '$1000万'),
 ('usd_compact tight, log axis tick 1e9', '$1B', '$10亿'),
 ('multiple, o1-mini vs R1 input', en_multiple(3/0.55), zh_multiple(3/0.55)),
 ('multiple, o1 vs R1 off-peak cached', en_multiple(7.5/0.035), zh_multiple(7.5/0.035)),
 ('percent, kept', en_percent(96.3503,2), en_percent(96.3503,2)),
 ('date long', '20 January 2025', zh_long(2025,1,20)),
 ('date short', '20 Jan 2025', zh_long(2025,1,20)),
 ('month_year tick', 'Jan 2025', zh_month_year(2025,1)),
 ('zoom label Race', 'Sep 2024 – Feb 2025', '2024年9月–2025年2月'),
 ('zoom label Since', '2025 – 2026', '2025–2026年'),
 ('gap days', '46 days', '46天'),
 ('gap one day', '1 day', '1天'),
 ('gap calendar, o1 → R1', '1 month and 15 days', '1个月零15天'),
 ('gap calendar, o1-preview → R1', '4 months and 8 days', '4个月零8天'),
 ('gap calendar, whole months', '2 months', '2个月'),
 ('cny beside usd, tight (R1 input at launch)', '$0.55', '$0.55（¥4）'),
 ('cny beside usd, text (R1 output at launch)', '$2.19 per 1M tokens', '2.19美元/百万词元（人民币16元）'),
 ('cny, V3 promotional cached', '—', '¥0.1'),
 ('tokens in the calculator', '1,000,000', '1,000,000'),
]
for name,en,zh in cases: out.append(f'{q(name)} = [{q(en)}, {q(zh)}]')
open(HERE.parent/'formats.toml','w',encoding='utf-8').write('\n'.join(out)+'\n')
print('formats.toml:', len(rows), 'fact examples,', len(cases), 'other')
