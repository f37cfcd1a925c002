#!/usr/bin/env python3
"""Makes the unit tests' fixtures from a real build: what Trunk and
wasm-bindgen wrote, before post_build.py touched it.

    POST_BUILD_CAPTURE=/tmp/capture trunk build --release --offline
    python3 scripts/build/tests/make_fixtures.py /tmp/capture

writes fixtures/trunk-<version>/index.html, and
fixtures/wasm-bindgen-<version>/app.js (the glue, as written) and app_bg.wasm
(the module with its imports, exports and producers section as written, but
every function body `unreachable` and no data: 13 KB instead of 320 KB).
Run it again after moving a pin (docs/upgrading.md) and keep the old folder
until the tests pass on the new one.
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import versions  # noqa: E402
import wasm_module  # noqa: E402


def main() -> None:
    capture = Path(sys.argv[1])
    wasm = next(capture.glob("*_bg.wasm"))
    data = wasm.read_bytes()
    bindgen = versions.wasm_bindgen_version(data)
    trunk = versions.trunk_version()
    out = HERE / "fixtures" / f"wasm-bindgen-{bindgen}"
    out.mkdir(parents=True, exist_ok=True)
    (out / "app_bg.wasm").write_bytes(wasm_module.skeleton(data))
    shutil.copy(wasm_module.glue_of(wasm), out / "app.js")
    page = HERE / "fixtures" / f"trunk-{trunk}"
    page.mkdir(parents=True, exist_ok=True)
    shutil.copy(capture / "index.html", page / "index.html")
    print(f"fixtures for wasm-bindgen {bindgen} and Trunk {trunk} written under {HERE / 'fixtures'}")


if __name__ == "__main__":
    main()
