// The library targets write a folder (-o DIR) and take no option that prints IR; --kernel-format belongs to
// cuda-library; an existing folder that is not a library is never replaced; a failed build leaves a library
// folder as it was.
// RUN: %not 2 %hm-opt %s --target=cpu-library 2>&1 | FileCheck %s --check-prefix=NO-DIR
// NO-DIR: hm-opt: error: --target=cpu-library writes a folder: name it with -o DIR
// RUN: %not 2 %hm-opt %s --target=cuda-library --stop-after=rtile -o %t.x 2>&1 | FileCheck %s --check-prefix=STOP
// STOP: hm-opt: error: --target=cuda-library compiles the whole pipeline into a library: it cannot be combined with --stop-after
// RUN: %not 2 %hm-opt %s --kernel-format=ptx 2>&1 | FileCheck %s --check-prefix=FORMAT
// FORMAT: hm-opt: error: --kernel-format chooses how a cuda library embeds its kernels: it needs --target=cuda-library
// RUN: %not 2 %hm-opt %s --host-cpu=native 2>&1 | FileCheck %s --check-prefix=HOST
// HOST: hm-opt: error: --host-cpu chooses the CPU of a library's host code: it needs --target=cpu-library or --target=cuda-library
// RUN: rm -rf %t.mine && mkdir -p %t.mine && touch %t.mine/notes.txt
// RUN: %not 1 %hm-opt %s --target=cpu-library -o %t.mine 2>&1 | FileCheck %s --check-prefix=MINE
// MINE: hm-opt: error: '{{.*}}.mine' exists and is not an hm-mlir library folder (no manifest.json); refusing to replace it
// RUN: ls %t.mine | FileCheck %s --check-prefix=KEPT
// KEPT: notes.txt
// RUN: rm -rf %t.lib && %hm-opt %s --target=cpu-library -o %t.lib && ls %t.lib | FileCheck %s --check-prefix=FILES
// FILES: libhm_runtime-{{[0-9a-f]+}}.so
// FILES: libmodel.so
// FILES: manifest.json
// RUN: printf 'func.func @main() {\n  retur\n}\n' > %t.bad.mlir
// RUN: %not 1 %hm-opt %t.bad.mlir --target=cpu-library -o %t.lib 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: bad.mlir:2:3: error: custom op 'retur' is unknown
// RUN: grep -c '"main"' %t.lib/manifest.json

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
