"""The cooperative copies of a Roller-form kernel: each step's tile of every staged input, from global to
shared memory (vectors where rows allow, cp.async when pipelined, clamped where a tile runs past its
operand, zero-filled past a tensor-core reduction's end). A mixin of hm-roller-codegen's kernel builder."""

from __future__ import annotations

from math import ceil, prod

from mlir import ir
from mlir.dialects import arith, memref, nvgpu, scf, vector

from hm_mlir.codegen.index_math import affine_index as _affine
from hm_mlir.codegen.index_math import delinearize as _delinearize
from hm_mlir.codegen.index_math import min_index as _min
from hm_mlir.codegen.kernel_form import index_constant, kernel_loop, zero_attribute
from hm_mlir.roller import model
from hm_mlir.roller import spec as opspec


def _whole_vectors(memref_type: ir.Type, width: int) -> bool:
    """Rows of a buffer of this type can be read `width` elements at a time, aligned: unit innermost stride,
    static offset and outer strides that are multiples of `width` (always true for width 1 and unit stride)."""
    strides, offset = ir.MemRefType(memref_type).get_strides_and_offset()
    if not strides or strides[-1] != 1:
        return False
    dynamic = ir.ShapedType.get_dynamic_stride_or_offset()
    return all(v != dynamic and v % width == 0 for v in [offset, *strides[:-1]])


class SharedCopies:
    """Copies of the staged tiles (uses the builder's spec, config, ins, tiles, base and thread_id)."""

    def _zero_fill_dim(self, access: opspec.Access) -> int | None:
        """The dimension of an mma operand indexed by the reduction loop when a step can run past the
        reduction's end (tensor cores multiply whole k16 tiles, so the tile must hold zeros there)."""
        depth, step = self.spec.reduction[0] if self.spec.reduction else 0, self.config.step
        if not self.config.mma or depth % step[0] == 0:
            return None
        k = self.spec.num_parallel
        return next(d for d, row in enumerate(access.coeffs) if row[k])

    def _ragged_dims(self, access: opspec.Access) -> set[int]:
        """The dimensions of `access` a tile can run past: those indexed by a loop whose block tile or step
        does not divide it (the others stay inside, and their copies need no clamp)."""
        loops = zip(self.spec.parallel + self.spec.reduction, self.config.block + self.config.step)
        overhanging = {loop for loop, (extent, size) in enumerate(loops) if extent % size}
        return {d for d, row in enumerate(access.coeffs) if any(row[loop] for loop in overhanging)}

    def _copy_tiles(self, starts: list[ir.Value], buffer: ir.Value | None) -> ir.Value | None:
        """Copy the step at `starts` of every staged input into its tile (buffer `buffer` of a pipelined one).
        Threads take the tile's vectors (copy_width elements of a row) round robin, in copy_rounds rounds,
        unrolled up to MAX_COPY_ROUNDS (vector indices past the end are clamped: a repeated copy writes the same
        values): a thread's loads are all issued before its stores, or are cp.async, all committed as one group,
        whose token is returned (None: no async copy). More rounds: a loop, one copy per iteration."""
        origin = self._tile_starts(starts)
        tokens = []
        for i, (access, tile) in enumerate(zip(self.spec.inputs, self.tiles)):
            if tile is None:
                continue
            foot = list(model.tile_box(self.spec, self.config, i))
            width = model.copy_width(self.spec, self.config, i)
            asynchronous = model.async_copied(self.spec, self.config, i)
            if not _whole_vectors(self.ins[i].type, width):  # a view at an unknown or unaligned offset
                width, asynchronous = 1, False
            rows = foot[:-1] + [foot[-1] // width]
            count, threads = prod(rows), self.config.threads
            prefix = [buffer] if buffer is not None else []
            fill_dim = self._zero_fill_dim(access)
            ragged = self._ragged_dims(access)

            def copy_vector(vector_index: ir.Value):
                """Issue the copy of vector `vector_index`: asynchronously (None), or its load, returning
                the store into the tile (a thread's loads can then all be in flight before its stores)."""
                local = _delinearize(vector_index, rows)
                if width > 1:
                    local[-1] = arith.MulIOp(local[-1], index_constant(width)).result
                indices, inside = [], None
                for d, (row, off, x, dim) in enumerate(zip(access.coeffs, access.offsets, local, access.shape)):
                    last = dim - (width if d == len(local) - 1 else 1)
                    index = arith.AddIOp(_affine(row, off, origin), x).result
                    if d == fill_dim:
                        inside = arith.CmpIOp(arith.CmpIPredicate.ult, index, index_constant(dim)).result
                    indices.append(_min(index, last) if d in ragged else index)
                element = self.ins[i].type.element_type
                if asynchronous:
                    sizes = None
                    if inside is not None:  # zero-fill a copy past the reduction's end
                        sizes = arith.SelectOp(inside, index_constant(width), index_constant(0)).result
                    tokens.append(nvgpu.DeviceAsyncCopyOp(tile, prefix + local, self.ins[i], indices,
                                                          ir.IntegerAttr.get(ir.IndexType.get(), width),
                                                          srcElements=sizes).result)
                    return None
                if width > 1:
                    vtype = ir.VectorType.get([width], element)
                    value = vector.LoadOp(vtype, self.ins[i], indices, alignment=width * access.elem_bytes).result
                    if inside is not None:
                        zeros = arith.ConstantOp(vtype, ir.DenseElementsAttr.get_splat(vtype, zero_attribute(element)))
                        value = arith.SelectOp(inside, value, zeros.result).result
                    return lambda: vector.StoreOp(value, tile, prefix + local)
                value = memref.LoadOp(self.ins[i], indices).result
                if inside is not None:
                    zero = arith.ConstantOp(element, zero_attribute(element)).result
                    value = arith.SelectOp(inside, value, zero).result
                return lambda: memref.StoreOp(value, tile, prefix + local)

            rounds = ceil(count / threads)
            if asynchronous or rounds <= model.MAX_COPY_ROUNDS:  # unrolled: a thread's copies all in flight
                stores = []
                for r in range(rounds):
                    first = arith.AddIOp(self.thread_id, index_constant(r * threads)).result if r else self.thread_id
                    stores.append(copy_vector(_min(first, count - 1) if (r + 1) * threads > count else first))
                for store in stores:
                    if store is not None:
                        store()
                continue
            loop = kernel_loop(self.thread_id, index_constant(count), index_constant(threads))
            with ir.InsertionPoint(loop.body):
                copy_vector(loop.induction_variable)()
                scf.YieldOp([])
        if not tokens:
            return None
        return nvgpu.DeviceAsyncCreateGroupOp(tokens).result
