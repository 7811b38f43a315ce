#!/usr/bin/env python
"""Every assert of the notebooks' `realdata` and `slow` cells, and the kind each one is (tests/assert_audit.tsv).

Kinds (the stable-tests issue):
  a  mechanism: an invariant, a shape, an exact equality, a bound that holds whatever the draw
  c  consistency of a verdict with its statistics (true by construction; not evidence for the verdict)
  s  a stored result: reads committed data, so it is deterministic
  m  a property the design makes overwhelmingly likely, with its margin computed in the cell from the seed spread
An outcome of a stochastic run asserted as such (kind b) is not allowed: replace it by one of the above or by nothing.

Usage:
  python tools/assert_audit.py            list the flagged asserts as TSV (notebook, cell id, ordinal, text)
  python tools/assert_audit.py --check    exit 1 unless tests/assert_audit.tsv lists exactly these asserts, each of an allowed kind
  python tools/assert_audit.py --counts   counts by notebook and kind
"""
import ast, csv, json, sys
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parents[1]
AUDIT = root/'tests'/'assert_audit.tsv'
FLAGS = ('realdata', 'slow')
KINDS = {'a': 'mechanism', 'c': 'verdict consistency', 's': 'stored result', 'm': 'margin from the seed spread'}
TESTS = {'test_eq', 'test_ne', 'test_close', 'test_fail', 'test_is', 'test_eq_type', 'test_shuffled', 'test_stdout',
         'test_warns', 'test_fig_exists', 'test_sig', 'test_all_close'}

def _code(src):
    "Cell source as Python: shell escapes and magics become blank lines (line numbers stay)"
    return '\n'.join('' if l.lstrip().startswith(('!', '%')) else l for l in src.splitlines())

def _flags(src):
    return {w for l in src.splitlines() if l.strip().startswith('#|') for w in l.strip()[2:].split() if w in FLAGS}

def flagged_asserts(nbs=root/'nbs'):
    "(notebook, cell id, ordinal in the cell, flag, normalised text) of every assert in a flagged cell, in file order"
    out = []
    for p in sorted(Path(nbs).glob('*.ipynb')):
        for c in json.loads(p.read_text(encoding='utf-8'))['cells']:
            if c['cell_type'] != 'code': continue
            src = ''.join(c['source'])
            if not (fl := _flags(src)): continue
            code = _code(src)
            nodes = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Assert)
                     or (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in TESTS)]
            nodes.sort(key=lambda n: (n.lineno, n.col_offset))
            for k, n in enumerate(nodes):
                text = ' '.join(ast.get_source_segment(code, n).split())
                out.append((p.stem, c.get('id', '?'), k, ','.join(sorted(fl)), text))
    return out

def read_audit(path=AUDIT):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t'))

def check(path=AUDIT) -> list:
    "Problems: flagged asserts missing from the audit, audit rows no notebook has, kinds that are not allowed"
    found = {(nb, cid, text) for nb, cid, _, _, text in flagged_asserts()}
    rows = read_audit(path)
    listed = {(r['notebook'], r['cell'], r['assert']) for r in rows}
    probs = [f"not classified: {nb} cell {cid}: {t}" for nb, cid, t in sorted(found - listed)]
    probs += [f"in the audit but in no flagged cell (removed or edited?): {nb} cell {cid}: {t}" for nb, cid, t in sorted(listed - found)]
    probs += [f"kind {r['kind']!r} is not one of {sorted(KINDS)}: {r['notebook']} cell {r['cell']}: {r['assert']}" for r in rows if r['kind'] not in KINDS]
    probs += [f"no reason given: {r['notebook']} cell {r['cell']}: {r['assert']}" for r in rows if not r.get('why', '').strip()]
    return probs

if __name__ == '__main__':
    if '--check' in sys.argv:
        if probs := check():
            print(f"tests/assert_audit.tsv is out of date ({len(probs)} problem(s)); classify each flagged assert (see tools/assert_audit.py):")
            print('\n'.join(f"  {p}" for p in probs[:40]))
            sys.exit(1)
        print(f"assert audit: {len(read_audit())} flagged asserts, each classified")
    elif '--counts' in sys.argv:
        rows = read_audit()
        c = Counter((r['notebook'], r['kind']) for r in rows)
        for nb in sorted({r['notebook'] for r in rows}):
            print(nb, ' '.join(f"{k}={c[(nb, k)]}" for k in KINDS if c[(nb, k)]))
        print('total', ' '.join(f"{k}={v}" for k, v in sorted(Counter(r['kind'] for r in rows).items())))
    else:
        w = csv.writer(sys.stdout, delimiter='\t', lineterminator='\n')
        w.writerow(['notebook', 'cell', 'n', 'flag', 'assert'])
        w.writerows(flagged_asserts())
