from pathlib import Path
ROOT = str(Path(__file__).resolve().parents[3]) + '/'
HERE = str(Path(__file__).resolve().parent) + '/'

import re, sys, tomllib, json
Z=ROOT+'content-drafts/zh-CN/'
def load(n): return tomllib.load(open(Z+n,'rb'))
def norm(t): return re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1),16)), t)
def rust_strings(chunk):
    out=[]
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', chunk, re.S):
        s=re.sub(r'\\\n\s*','',m.group(1)); out.append(norm(s))
    return out
problems=[]; counts={}
REF=re.compile(r'\{([a-z0-9_]+)(:date)?\}'); TERM=re.compile(r'\(#term-([a-z0-9-]+)\)')
def stray(text):
    words=re.split(r'[^A-Za-z0-9.\-@]', text)
    words=[w.strip('.-@') for w in words]
    return [w for w in words if any(c.isdigit() for c in w) and w[:1].isdigit()]
# ---------------- sections
src=open(ROOT+'src/content/sections.rs').read()
zs=load('sections.toml')
secs=re.split(r'\n    Section \{', src)[1:]
nblocks=0
for sec in secs:
    sid=re.search(r'id: "([^"]+)"', sec).group(1)
    z=zs.get(sid); 
    if not z: problems.append(f'section {sid} missing'); continue
    for f in ('title','summary'):
        if f not in z: problems.append(f'{sid}.{f} missing')
        else:
            if stray(z[f]): problems.append(f'{sid}.{f} stray {stray(z[f])}')
    parts=re.split(r'\n\s+Block::', sec.split('blocks: &[',1)[1])[1:]
    zb=z.get('blocks',{})
    if len(parts)!=len(zb): problems.append(f'{sid}: {len(parts)} EN blocks vs {len(zb)} zh')
    for i,p in enumerate(parts):
        nblocks+=1
        kind=re.match(r'(\w+)',p).group(1)
        b=zb.get(str(i))
        if b is None: problems.append(f'{sid}.{i} missing'); continue
        mapk={'Paragraph':'paragraph','Quote':'quote','Subheading':'subheading','ClaimCheck':'claim_check','Figure':'figure','Details':'details','List':'list'}
        if b.get('kind')!=mapk[kind]: problems.append(f'{sid}.{i} kind {kind} vs {b.get("kind")}')
        strs=rust_strings(p)
        en_text=' '.join(strs)
        zh_text=' '.join(v for k,v in b.items() if isinstance(v,str) and k in('text','claim','finding','summary','caption'))
        if kind=='Quote':
            if b.get('quote')!=strs[0]: problems.append(f'{sid}.{i} quote id')
            continue
        if kind=='Subheading':
            if b.get('id')!=strs[0]: problems.append(f'{sid}.{i} subheading id')
        er=sorted(REF.findall(en_text)); zr=sorted(REF.findall(zh_text))
        if er!=zr: problems.append(f'{sid}.{i} refs EN {er} zh {zr}')
        et=sorted(TERM.findall(en_text)); zt=sorted(TERM.findall(zh_text))
        if et!=zt: problems.append(f'{sid}.{i} terms EN {et} zh {zt}')
        ee=len(re.findall(r'\*[^*]+\*',en_text)); ze=len(re.findall(r'\*[^*]+\*',zh_text))
        if ee!=ze: problems.append(f'{sid}.{i} emphasis EN {ee} zh {ze}')
        # stray numbers: text parts (not claims, not captions, as in the English test)
        for k in ('text','finding','summary'):
            if k in b and kind!='Figure':
                vis=REF.sub('',b[k]); vis=re.sub(r'\]\([^)]*\)',']',vis)
                if stray(vis): problems.append(f'{sid}.{i}.{k} stray {stray(vis)}')
        if 'bars' in b:
            ebars=re.findall(r'\("([^"]+)", "([a-z0-9_]+)"\)', p)
            if sorted(x[1] for x in ebars)!=sorted(b['bars']): problems.append(f'{sid}.{i} bars')
counts['sections']=(len(secs), nblocks)
# page
mod=open(ROOT+'src/content/mod.rs').read()
pg=zs['page']
for k,c in [('title','TITLE'),('standfirst','STANDFIRST'),('kicker','KICKER'),('lede','LEDE'),('about','ABOUT'),('about_scripted','ABOUT_SCRIPTED')]:
    m=re.search(r'pub const %s: &str =\s*"((?:[^"\\]|\\.)*)"'%c, mod, re.S)
    en=norm(re.sub(r'\\\n\s*','',m.group(1)))
    if sorted(REF.findall(en))!=sorted(REF.findall(pg[k])): problems.append(f'page.{k} refs')
    if sorted(TERM.findall(en))!=sorted(TERM.findall(pg[k])): problems.append(f'page.{k} terms')
    vis=REF.sub('',pg[k])
    if k!='about' and stray(vis): problems.append(f'page.{k} stray {stray(vis)}')
kf=re.findall(r'fact: "([a-z0-9_]+)"', mod)
if sorted(kf)!=sorted(pg['key_figures']): problems.append('key figures')
for f in kf:
    for k in ('text','link'):
        if stray(REF.sub('',pg['key_figures'][f][k])): problems.append(f'key_figure {f}.{k} stray')
# ---------------- facts
fsrc=open(ROOT+'src/data/facts.rs').read()
zf=load('facts.toml')
ids=re.findall(r'Fact \{\s*id: "([a-z0-9_]+)"', fsrc)
for m in re.finditer(r'Fact \{\s*id: "([a-z0-9_]+)",(.*?)\n    \},', fsrc, re.S):
    fid,body=m.group(1),m.group(2)
    z=zf.get(fid)
    if not z: problems.append(f'fact {fid} missing'); continue
    if 'label' not in z: problems.append(f'fact {fid} label')
    has_cav='caveat: Some' in body
    if has_cav!=('caveat' in z): problems.append(f'fact {fid} caveat presence EN {has_cav}')
    kind=re.search(r'value: Value::(\w+)',body).group(1)
    if kind in ('Count','Whole') and 'unit' not in z: problems.append(f'fact {fid} unit')
    if kind=='Text' and 'value' not in z: problems.append(f'fact {fid} value')
    if kind not in ('Count','Whole') and 'unit' in z: problems.append(f'fact {fid} unexpected unit')
extra=set(zf)-set(ids)-{'_shared'}
if extra: problems.append(f'facts extra {extra}')
counts['facts']=(len(ids), len(set(zf)-{'_shared'}))
# ---------------- events
esrc=open(ROOT+'src/data/events.rs').read(); ze=load('events.toml')
ek=re.findall(r'key: "([^"]+)"', esrc)
for k in ek:
    if k not in ze or not {'title','summary'}<=set(ze[k]): problems.append(f'event {k}')
    else:
        for f in ('title','summary'):
            if stray(ze[k][f]): problems.append(f'event {k}.{f} stray {stray(ze[k][f])}')
if set(ze)-set(ek): problems.append(f'events extra {set(ze)-set(ek)}')
counts['events']=(len(ek), len(ze))
# ---------------- glossary
gsrc=open(ROOT+'src/content/glossary.rs').read(); zg=load('glossary.toml')
gids=re.findall(r'Term \{\s*id: "([^"]+)"', gsrc)
for g in gids:
    if g not in zg: problems.append(f'term {g}')
    elif stray(zg[g]['definition']): problems.append(f'term {g} stray')
    elif not zg[g]['definition'].endswith('。'): problems.append(f'term {g} end')
counts['glossary']=(len(gids), len(zg))
# ---------------- quotes
qsrc=open(ROOT+'src/data/quotes.rs').read(); zq=load('quotes.toml')
for m in re.finditer(r'Quote \{\s*id: "([^"]+)",(.*?)\n    \},', qsrc, re.S):
    qid,body=m.group(1),m.group(2)
    z=zq.get(qid)
    if not z: problems.append(f'quote {qid}'); continue
    for f in ('person','role','venue','translation'):
        if f not in z: problems.append(f'quote {qid}.{f}')
    if ('date_note: Some' in body)!=('date_note' in z): problems.append(f'quote {qid} date_note')
counts['quotes']=(len(re.findall(r'Quote \{\s*id:', qsrc)), len(zq))
# ---------------- sources
ssrc=open(ROOT+'src/data/sources.rs').read(); zso=load('sources.toml')
sids=re.findall(r'Source \{\s*id: "([^"]+)"', ssrc)
if sids!=list(zso): problems.append('sources order/ids differ')
for s in sids:
    z=zso.get(s,{})
    if z.get('kind')=='description' and 'title' not in z: problems.append(f'source {s} description without title')
counts['sources']=(len(sids), len(zso), sum(1 for s in zso.values() if 'title' in s), sum(1 for s in zso.values() if 'publisher' in s))
# ---------------- prices
psrc=open(ROOT+'src/data/prices.rs').read(); zp=load('prices.toml')
consts=dict(re.findall(r'const (\w+): &\[PricePeriod\] = &\[(.*?)\n\}?\];', psrc, re.S))
models=re.findall(r'PricedModel \{\s*key: "([^"]+)",\s*name: "([^"]+)",\s*vendor: Vendor::\w+,\s*history: (\w+),', psrc)
nper=0
for key,name,hist in models:
    zm=zp['models'].get(key)
    if zm is None: problems.append(f'price model {key}'); continue
    froms=['%04d-%02d-%02d'%tuple(map(int,x)) for x in re.findall(r'from: Date::ymd\((\d+), (\d+), (\d+)\)', consts[hist])]
    nper+=len(froms)
    if sorted(froms)!=sorted(zm.get('periods',{})): problems.append(f'price model {key} periods {froms} vs {list(zm.get("periods",{}))}')
    for f in froms:
        p=zm["periods"].get(f,{})
        if 'label' not in p or 'caveat' not in p: problems.append(f'price {key} {f} label/caveat')
counts['prices']=(len(models), nper, sum(1 for m in zp['models'].values() for p in m['periods'].values() if 'cny' in p))
# ---------------- benchmarks
bsrc=open(ROOT+'src/data/benchmarks.rs').read(); zb=load('benchmarks.toml')
rows=re.findall(r'BenchmarkRow \{\s*key: "([^"]+)"', bsrc)
if sorted(rows)!=sorted(zb['rows']): problems.append('benchmark rows')
for m in re.finditer(r'BenchmarkRow \{\s*key: "([^"]+)",(.*?)\n    \},', bsrc, re.S):
    if ('note: Some' in m.group(2))!=('note' in zb['rows'][m.group(1)]): problems.append(f'bench note {m.group(1)}')
ann=[norm(x) for x in re.findall(r'benchmark: "([^"]+)"', bsrc)]
if sorted(ann)!=sorted(zb['o3_announced']): problems.append(f'o3 announced {ann}')
counts['benchmarks']=(len(rows), len(ann))
# ---------------- ui placeholders
zu=load('ui.toml')
for en,zh in zu['ui'].items():
    pos=len(re.findall(r'\{(?::[^}]*)?\}', en))
    idx=[int(x) for x in re.findall(r'\{(\d+)(?::[^}]*)?\}', zh)]
    if pos and sorted(set(idx))!=list(range(pos)):
        # the plural {} of the preset assumption is dropped on purpose
        if not en.startswith('Assumes'): problems.append(f'ui positional {en!r}: {pos} vs {idx}')
    named_en=set(re.findall(r'\{([A-Za-z_][A-Za-z_]*)\}', en)); named_zh=set(re.findall(r'\{([A-Za-z_][A-Za-z_]*)\}', zh))
    if named_en!=named_zh: problems.append(f'ui named {en!r}: {named_en} vs {named_zh}')
for t in zu['templates'].values():
    if not set(re.findall(r'\{(\w+)\}',t['en']))<=set(re.findall(r'\{(\w+)\}',t['zh'])): problems.append(f'template {t["en"]}')
counts['ui']={k:len(v) for k,v in zu.items()}
print(json.dumps(counts, ensure_ascii=False))
print('\n'.join(problems) if problems else 'NO PROBLEMS')
