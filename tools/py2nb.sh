#!/usr/bin/env bash
# Authoring helper: turn a jupytext "percent" script into a clean nbdev notebook.
#   tools/py2nb.sh /path/to/01_data.py nbs/01_data.ipynb
# The notebook is the source of truth once written; the script is a scratch copy outside the repo.
set -euo pipefail
src=$1; dst=$2
jupytext --to ipynb "$src" -o "$dst" >/dev/null
python - "$dst" <<'PY'
import json, sys
p = sys.argv[1]; nb = json.load(open(p))
nb['metadata'] = {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}}
json.dump(nb, open(p, 'w'), indent=1, ensure_ascii=False); open(p, 'a').write('\n')
PY
nbdev_clean --fname "$dst"
