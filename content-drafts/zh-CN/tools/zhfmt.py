"""Reference implementation of the zh number/date rules in formats.toml, mirroring
src/model/format.rs for the English side, used to generate the examples."""
from pathlib import Path
ROOT = str(Path(__file__).resolve().parents[3]) + '/'
HERE = str(Path(__file__).resolve().parent) + '/'

import re, tomllib
from decimal import Decimal


def trim(text, keep):
    if '.' in text:
        dot=text.index('.')
        while len(text)>dot+1+keep and text.endswith('0'): text=text[:-1]
        if text.endswith('.'): text=text[:-1]
    return text
def group(n):
    s=str(n); out=''
    for i,c in enumerate(s):
        if i>0 and (len(s)-i)%3==0: out+=','
        out+=c
    return out
def en_usd(a):
    sign='−' if a<0 else ''; m=abs(a)
    if m==0: body='0.00'
    elif m<0.01:
        import math
        e=math.floor(math.log10(m)); d=max(0,min(12,2-e)); body=trim(f'{m:.{d}f}',0)
    elif m<1000: body=trim(f'{m:.4f}',2)
    else:
        t=f'{m:.2f}'; w,f=t.split('.'); body=group(int(w))+'.'+f
    return f'{sign}${body}'
def en_compact(v):
    for scale,suf in [(1e12,'T'),(1e9,'B'),(1e6,'M'),(1e3,'K')]:
        if v>=scale:
            s=v/scale; d=1 if s>=100 else 2 if s>=10 else 3
            return trim(f'{s:.{d}f}',0)+suf
    return trim(f'{v:.2f}',0)
def en_multiple(r):
    if r>=100: t=str(round(r))
    elif r>=10: t=f'{r:.1f}'
    else: t=trim(f'{r:.2f}',1)
    return t+'×'
def en_percent(v,d):
    sign='−' if v<0 else ''
    return f'{sign}{abs(v):.{d}f}%'

# ---- zh
SUF={'K':3,'M':6,'B':9,'T':12}
def zh_from_decimal(x: Decimal):
    """Exact decimal → 万/亿/万亿 text, no rounding; below 1万 plain digits, no grouping."""
    for exp,unit in [(12,'万亿'),(8,'亿'),(4,'万')]:
        if x>=Decimal(10)**exp:
            m=(x/ (Decimal(10)**exp))
            t=format(m.normalize(),'f')
            return t+unit
    return format(x.normalize(),'f') if x==x.to_integral() else format(x.normalize(),'f')
def zh_compact_from_en(en):   # en like "5.576M" (no $)
    m=re.fullmatch(r'([0-9.]+)([KMBT]?)',en)
    x=Decimal(m.group(1))*(Decimal(10)**SUF.get(m.group(2),0))
    return zh_from_decimal(x)
def join_unit(num,unit):
    if not unit: return num
    if num[-1].isdigit() and unit[0].isascii() and unit[0].isalpha(): return num+' '+unit
    return num+unit
def zh_usd(a):
    e=en_usd(a); return e.replace('$','')+'美元'
def zh_usd_tight(a): return en_usd(a)
def zh_usd_compact(a):
    sign='−' if a<0 else ''
    return sign+zh_compact_from_en(en_compact(abs(a)))+'美元'
def zh_multiple(r): return en_multiple(r).replace('×','倍')
def zh_long(y,m,d): return f'{y}年{m}月{d}日'
def zh_month_year(y,m): return f'{y}年{m}月'
