"""Turns bracket markup ([ORG Boeing] said ...) into CoNLL-2003 lines; one sentence a line,
tokens separated by spaces, '# doc' lines start documents. Docs go to file A or B by number."""
import re, sys
src, out_a, out_b = sys.argv[1:4]
a_docs = set(int(x) for x in sys.argv[4].split(','))
docs = []
for line in open(src, encoding='utf-8'):
    line = line.rstrip('\n')
    if line.startswith('# doc'):
        docs.append((int(line.split()[2].rstrip(':')), []))
        continue
    if not line.strip():
        continue
    toks = []
    for m in re.finditer(r'\[(PER|ORG|LOC|MISC) ([^\]]+)\]|(\S+)', line):
        if m.group(1):
            words = m.group(2).split()
            for i, w in enumerate(words):
                toks.append((w, ('B-' if i == 0 else 'I-') + m.group(1)))
        else:
            toks.append((m.group(3), 'O'))
    docs[-1][1].append(toks)
for path, pick in ((out_a, lambda n: n in a_docs), (out_b, lambda n: n not in a_docs)):
    with open(path, 'w', encoding='utf-8') as f:
        for n, sents in docs:
            if not pick(n):
                continue
            f.write('-DOCSTART- -X- -X- O\n\n')
            for s in sents:
                for w, t in s:
                    f.write(f'{w} _ _ {t}\n')
                f.write('\n')
