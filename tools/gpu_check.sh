#!/usr/bin/env bash
# GPU check of medtl_nb (issue 13): medtl_nb.bench.bench_gpu on a CUDA machine, a few minutes.
# ResNet-18 from scratch on synthetic 28 px images kept on the GPU, upsampled and augmented there, at 28/64/224 px,
# fp32 / bf16 / fp16 mixed precision (fastai's to_bf16 / to_fp16), with and without channels-last.
# Writes bench_gpu.json to $OUT (the device tool's output folder) if set, else to figs/; results are written
# after each size, so a run cut short still leaves what it measured.
# Usage (repository root, a Python with the package's requirements): bash tools/gpu_check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
DEST=${OUT:-figs}
mkdir -p "$DEST"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" MPLBACKEND=Agg
nvidia-smi --query-gpu=name,memory.total,utilization.gpu --format=csv || true
timeout 280 "$PY" - "$DEST" <<'PY'
import sys, json, time, platform
import torch
dest = sys.argv[1]
print('python', platform.python_version(), 'torch', torch.__version__, 'cuda available', torch.cuda.is_available(), flush=True)
if not torch.cuda.is_available(): sys.exit('no CUDA device visible to torch: nothing to measure')
from medtl_nb.bench import bench_gpu
res, t0 = dict(gpu=torch.cuda.get_device_name(), torch=torch.__version__, runs=[]), time.time()
for size in (28, 64, 224):
    t = time.time()
    df = bench_gpu(sizes=(size,), n_train=4096, bs=256, epochs=2)
    res['runs'] += df.to_dict(orient='records'); res.update({k: v for k, v in df.attrs.items()})
    res['wall_s'] = time.time() - t0
    with open(f'{dest}/bench_gpu.json', 'w') as f: json.dump(res, f, indent=1)
    print(df.to_string(), f'\n{size} px: {time.time() - t:.0f} s', flush=True)
print(f'total {time.time() - t0:.0f} s; written {dest}/bench_gpu.json')
PY
