from pathlib import Path
ROOT = str(Path(__file__).resolve().parents[3]) + '/'
HERE = str(Path(__file__).resolve().parent) + '/'

import re, sys, tomllib, glob

zu=tomllib.load(open(ROOT+'content-drafts/zh-CN/ui.toml','rb'))
keys=set(zu['ui'])|{k.split('::',1)[1] for k in zu['ui_context']}
def norm(t): return re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1),16)), t)
files=sorted(glob.glob(ROOT+'src/components/*.rs')+glob.glob(ROOT+'src/model/*.rs')+glob.glob(ROOT+'src/model/*/*.rs')+[ROOT+'src/bin/prerender.rs',ROOT+'src/isolation.rs'])
pat=re.compile(r'r#"(.*?)"#|"((?:[^"\\]|\\.)*)"', re.S)
# strings that are code, not reader text
CODE=re.compile(r'^[a-z0-9_\-:.#\[\]="{}%$ ]*$')
found=[]; 
for f in files:
    s=open(f).read(); i=s.find('#[cfg(test)]'); s=s if i<0 else s[:i]
    for m in pat.finditer(s):
        lit=m.group(1) if m.group(1) is not None else m.group(2)
        lit=norm(re.sub(r'\\\n\s*','',lit)).replace('\\"','"')
        ls=s.rfind('\n',0,m.start())+1
        if s[ls:m.start()].strip().startswith('//'): continue
        line=s.count('\n',0,m.start())+1
        if not re.search(r'[A-Za-z]{2}',lit) and lit.strip() not in ('','×','–','—','“','”','[',']',')','%'): 
            if not lit.strip(): continue
        found.append((f.replace(ROOT,''),line,lit))
uncovered=[]
for f,line,lit in found:
    if lit in keys: continue
    if CODE.match(lit) and ' ' not in lit.strip() and not re.match(r'^[A-Z]',lit): continue  # css classes, ids, keys
    uncovered.append((f,line,lit))
for u in uncovered: print(f'{u[0]}:{u[1]}: {u[2]!r}')
print(len(found),'literals,',len(uncovered),'not keyed', file=sys.stderr)
