#!/usr/bin/env python
"""pyflakes over the exported library (medtl_nb/*.py) and the notebooks' code (nbs/*.ipynb, each notebook as one module).

What is skipped, and why:
- star imports in notebooks (`from fastcore.test import *` is the nbdev idiom): pyflakes cannot check names after one,
  so its 'import *' messages are dropped (the library may not use star imports);
- shell escapes and magics (`!pip ...`, `%time`) in notebook cells become blank lines;
- a line that ends with `# lint: ok` after a comment saying why (an import done for what it patches, e.g. fastai.callback.schedule;
  a fasttransform `decodes` defined once per type).
Usage: `python tools/lint.py [paths ...]`; exit 1 when anything is reported.
"""
import json, sys
from pathlib import Path
from pyflakes import api, messages
from pyflakes.reporter import Reporter

root = Path(__file__).resolve().parents[1]
STAR = (messages.ImportStarUsed, messages.ImportStarUsage)
MARK = "# lint: ok"

class _Collect(Reporter):
    def __init__(self): self.msgs, self.errors = [], []
    def flake(self, m): self.msgs.append(m)
    def syntaxError(self, filename, msg, lineno, offset, text): self.errors.append(f"{filename}:{lineno}: syntax error: {msg}")
    def unexpectedError(self, filename, msg): self.errors.append(f"{filename}: {msg}")

def notebook_code(path) -> tuple:
    "(source of every code cell joined, [(first line, cell number)]) of a notebook"
    cells, parts, starts, line = json.loads(Path(path).read_text(encoding='utf-8'))['cells'], [], [], 1
    for k, c in enumerate(cells):
        if c['cell_type'] != 'code': continue
        src = ''.join(c['source'])
        src = '\n'.join('' if l.lstrip().startswith(('!', '%')) else l for l in src.splitlines())
        starts.append((line, k)); parts.append(src); line += src.count('\n') + 2
    return '\n\n'.join(parts) + '\n', starts

def lint_source(code:str, name:str, notebook:bool=False, starts=()) -> list:
    rep = _Collect(); api.check(code, name, rep)
    lines, out = code.splitlines(), list(rep.errors)
    for m in rep.msgs:
        if notebook and isinstance(m, STAR): continue
        if 0 < m.lineno <= len(lines) and lines[m.lineno - 1].rstrip().endswith(MARK): continue   # an explained exception
        where = f"{name}:{m.lineno}"
        if notebook:
            first, k = max((s for s in starts if s[0] <= m.lineno), default=(1, 0))
            where = f"{name} cell {k} line {m.lineno - first + 1}"
        out.append(f"{where}: {m.message % m.message_args}")
    return out

def lint(paths=None) -> list:
    paths = [Path(p) for p in paths] if paths else sorted((root/'medtl_nb').glob('*.py')) + sorted((root/'nbs').glob('*.ipynb'))
    out = []
    for p in paths:
        if p.suffix == '.ipynb':
            code, starts = notebook_code(p); out += lint_source(code, p.name, True, starts)
        elif p.name != '_modidx.py': out += lint_source(p.read_text(encoding='utf-8'), str(p.relative_to(root)) if p.is_absolute() else str(p))
    return out

if __name__ == '__main__':
    probs = lint(sys.argv[1:])
    print('\n'.join(probs) if probs else 'pyflakes: library and notebooks clean')
    sys.exit(1 if probs else 0)
