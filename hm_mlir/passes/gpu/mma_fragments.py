"""The tensor-core steps of a Roller-form kernel (mma.sync m16n8k16): where each lane's accumulators sit in
the result tile, and one step's fragments loaded from the shared tiles by PTX's layouts and multiplied. A mixin
of hm-roller-codegen's kernel builder."""

from __future__ import annotations

from mlir import ir
from mlir.dialects import arith, memref, nvgpu, vector

from hm_mlir.codegen.index_math import add_index as _add
from hm_mlir.codegen.index_math import affine_index as _affine
from hm_mlir.codegen.index_math import delinearize as _delinearize
from hm_mlir.codegen.index_math import min_index as _min
from hm_mlir.codegen.kernel_form import index_constant
from hm_mlir.roller import model
from hm_mlir.roller import spec as opspec


class MmaFragments:
    """mma.sync points and steps (uses the builder's spec, config, ins, tiles, base and thread_id)."""

    def _mma_points(self) -> list[tuple[tuple[int, ...], list[ir.Value], ir.Value | None]]:
        """The register-tile points of an mma config: lane l of warp (wm, wn) holds, for every m16n8 tile
        (tm, tn) of the warp tile, rows g, g + 8 and columns 2t, 2t + 1 (g = l / 4, t = l % 4: PTX's
        accumulator fragment layout), in the order of the fragment's vector<2x2xf32>."""
        spec, config = self.spec, self.config
        m = spec.num_parallel - 2
        rows, cols = model.warp_tile(spec, config)
        warp = arith.DivUIOp(self.thread_id, index_constant(32)).result
        lane = arith.RemUIOp(self.thread_id, index_constant(32)).result
        warp_m, warp_n = _delinearize(warp, [config.block[m] // rows, config.block[m + 1] // cols])
        self.group = arith.DivUIOp(lane, index_constant(4)).result
        self.pair = arith.MulIOp(arith.RemUIOp(lane, index_constant(4)).result, index_constant(2)).result
        self.warp_origin = [arith.MulIOp(warp_m, index_constant(rows)).result,
                            arith.MulIOp(warp_n, index_constant(cols)).result]  # within the block tile
        self.starts = list(self.base[:m]) + [_add(_add(self.base[m], self.warp_origin[0]), self.group),
                                             _add(_add(self.base[m + 1], self.warp_origin[1]), self.pair)]
        self.point_offsets = []
        points = []
        for tm in range(rows // model.MMA_SHAPE[0]):
            for tn in range(cols // model.MMA_SHAPE[1]):
                for r in range(2):
                    for j in range(2):
                        local_m = _add(self.warp_origin[0], self.group, tm * 16 + 8 * r)
                        local_n = _add(self.warp_origin[1], self.pair, tn * 8 + j)
                        coords = list(self.base[:m])
                        guard = None
                        for d, local in ((m, local_m), (m + 1, local_n)):
                            coord = arith.AddIOp(self.base[d], local).result
                            extent = spec.parallel[d]
                            if extent % config.block[d]:
                                check = arith.CmpIOp(arith.CmpIPredicate.ult, coord, index_constant(extent)).result
                                guard = check if guard is None else arith.AndIOp(guard, check).result
                                coord = _min(coord, extent - 1)
                            coords.append(coord)
                        points.append(((tm, tn, r, j), coords, guard))
                        self.point_offsets.append((0,) * m + (tm * 16 + 8 * r, tn * 8 + j))
        return points

    # -- reads and writes -----------------------------------------------------------------------------------

    def _mma_step(self, acc: ir.Value, buffer: ir.Value | None) -> None:
        """One step on tensor cores: for each k16 of the step, every lane loads its fragments of the warp's
        rows of the first input and columns of the second from shared memory (PTX's m16n8k16 layouts: A
        element [r][j] at row g + 8 (r % 2), column 2t + j + 8 (r / 2); B [r][j] at k 2t + j + 8r, column g),
        then one nvgpu.mma.sync per m16n8 tile of the warp tile accumulates into the register tile."""
        spec, config = self.spec, self.config
        m = spec.num_parallel - 2
        rows, cols = model.warp_tile(spec, config)
        (a_access, b_access), (a_tile, b_tile) = spec.inputs, self.tiles
        element = self.ins[0].type.element_type
        prefix = [buffer] if buffer is not None else []
        zero = index_constant(0)

        def load(access: opspec.Access, tile: ir.Value, local_m: ir.Value, local_n: ir.Value, k: ir.Value):
            local = [zero] * m + [local_m, local_n, k]
            return memref.LoadOp(tile, prefix + [_affine(row, 0, local) for row in access.coeffs]).result

        tiles_m, tiles_n = rows // model.MMA_SHAPE[0], cols // model.MMA_SHAPE[1]
        for kk in range(config.step[0] // model.MMA_SHAPE[2]):
            a_frags = []
            for tm in range(tiles_m):
                values = [load(a_access, a_tile, _add(self.warp_origin[0], self.group, tm * 16 + 8 * (r % 2)), zero,
                               _add(self.pair, zero, kk * 16 + j + 8 * (r // 2)))
                          for r in range(4) for j in range(2)]
                a_frags.append(vector.FromElementsOp(ir.VectorType.get([4, 2], element), values).result)
            b_frags = []
            for tn in range(tiles_n):
                values = [load(b_access, b_tile, zero, _add(self.warp_origin[1], self.group, tn * 8),
                               _add(self.pair, zero, kk * 16 + j + 8 * r))
                          for r in range(2) for j in range(2)]
                b_frags.append(vector.FromElementsOp(ir.VectorType.get([2, 2], element), values).result)
            f32 = ir.F32Type.get()
            for tm in range(tiles_m):
                for tn in range(tiles_n):
                    first = (tm * tiles_n + tn) * 4
                    slots = [index_constant(first + i) for i in range(4)]
                    c = vector.FromElementsOp(ir.VectorType.get([2, 2], f32),
                                              [memref.LoadOp(acc, [slot]).result for slot in slots]).result
                    d = nvgpu.MmaSyncOp(c.type, a_frags[tm], b_frags[tn], c,
                                        ir.ArrayAttr.get([ir.IntegerAttr.get(ir.IntegerType.get_signless(64), v)
                                                          for v in model.MMA_SHAPE])).result
                    for i, slot in enumerate(slots):
                        memref.StoreOp(vector.ExtractOp(d, [], [i // 2, i % 2]).result, acc, [slot])
