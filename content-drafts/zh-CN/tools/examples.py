from pathlib import Path
ROOT = str(Path(__file__).resolve().parents[3]) + '/'
HERE = str(Path(__file__).resolve().parent) + '/'

import re, sys, tomllib
sys.path.insert(0, HERE)
from zhfmt import *
src=open(ROOT+'src/data/facts.rs').read()
facts=tomllib.load(open(ROOT+'content-drafts/zh-CN/facts.toml','rb'))
rows=[]
for m in re.finditer(r'id: "([a-z0-9_]+)",.*?value: (Value::\w+\((?:[^()]|\([^()]*\))*\))', src, re.S):
    fid, val = m.group(1), m.group(2)
    kind=re.match(r'Value::(\w+)',val).group(1)
    args=val[val.index('(')+1:-1]
    z=facts.get(fid,{})
    if kind=='Day':
        y,mo,d=map(int,re.findall(r'\d+',args)); en=f'{d} {["January","February","March","April","May","June","July","August","September","October","November","December"][mo-1]} {y}'; zh=zh_long(y,mo,d)
    elif kind=='Usd':
        a=float(args); en=en_usd(a); zh=zh_usd(a)
    elif kind=='UsdCompact':
        a=float(args.replace('_','')); en='$'+en_compact(a); zh=zh_usd_compact(a)
    elif kind=='UsdRange':
        lo,hi=[float(x) for x in args.split(',')]; en='$'+en_compact(lo)+'–$'+en_compact(hi); zh=zh_compact_from_en(en_compact(lo))+'–'+zh_compact_from_en(en_compact(hi))+'美元'
    elif kind=='UsdPerMillionTokens':
        a=float(args); en=en_usd(a)+' per 1M tokens'; zh=zh_usd(a)+'/百万词元'
    elif kind=='Percent':
        v,d=args.split(','); en=en_percent(float(v),int(d)); zh=en
    elif kind=='Count':
        v,u=args.split(','); v=float(v.replace('_','')); u=u.strip().strip('"')
        en=en_compact(v)+(' '+u if u else '')
        if z.get('style')=='k': zh=join_unit(en_compact(v), z.get('unit',''))
        else: zh=join_unit(zh_compact_from_en(en_compact(v)), z.get('unit',''))
    elif kind=='Whole':
        v,u=args.split(','); v=int(v.replace('_','')); u=u.strip().strip('"')
        en=group(v)+(' '+u if u else '')
        num=zh_from_decimal(Decimal(v)) if v>=10000 else str(v)
        zh=join_unit(num, z.get('unit',''))
    elif kind=='Multiple':
        r=float(args); en=en_multiple(r); zh=zh_multiple(r)
    elif kind=='Score':
        v,d=args.split(','); en=f'{float(v):.{int(d)}f}'; zh=en
    elif kind=='Text':
        en=re.sub(r'\\\s*\n\s*',' ',args).strip().strip('"'); zh=z.get('value', en)
    rows.append((fid,kind,en,zh))
print(len(rows), file=sys.stderr)
for r in rows: print(r)
