"""Regenerate dialects/hm.irdl.mlir from the per-dialect IRDL files: `python -m hm_mlir.dialects`."""

from hm_mlir.dialects import COMBINED_FILE, combined_text, irdl_dir

if __name__ == "__main__":
    target = irdl_dir() / COMBINED_FILE
    target.write_text(combined_text())
    print(f"wrote {target}")
